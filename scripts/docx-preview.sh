#!/usr/bin/env bash
# Renders a DOCX (or the demo profile's exports) to PNG pages with LibreOffice, to look at them.
# Not part of the test suite: LibreOffice is a large install. Needs Debian's libreoffice-writer-nogui
# and poppler-utils (apt-get install -y libreoffice-writer-nogui poppler-utils).
#
#   scripts/docx-preview.sh                  the demo profile, clean and annotated, into ./docx-preview/
#                                            (with profile-annotated.html, the print page, to open in a browser)
#   scripts/docx-preview.sh file.docx [dir]  one file
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install -y libreoffice-writer-nogui poppler-utils" >&2; exit 1; }
done
out="${2:-docx-preview}"
mkdir -p "$out"
if [ $# -ge 1 ]; then
  files=("$1")
else
  pnpm --filter @roundtable/export exec tsx test/docxSamples.ts "$PWD/$out"
  files=("$out/profile-clean.docx" "$out/profile-annotated.docx")
fi
for file in "${files[@]}"; do
  name="$(basename "$file" .docx)"
  # A profile of its own, so a running LibreOffice does not take the job.
  # Comments in the margin, as Word shows them.
  soffice --headless -env:UserInstallation="file://$PWD/$out/.lo-profile" \
    --convert-to 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}' \
    --outdir "$out" "$file" >/dev/null
  pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name"
  echo "$out/$name.pdf -> $(ls "$out/$name"-*.png | wc -l) pages as $out/$name-N.png"
done
