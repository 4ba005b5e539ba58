/** A catalogue: ICU MessageFormat messages by key (`namespace.what`). */
export type Catalogue = Readonly<Record<string, string>>;
