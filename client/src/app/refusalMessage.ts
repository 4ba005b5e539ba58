/** What to tell a person whose connection the server refused for good (close codes 4400-4499, see CloseCode). */
export function refusalMessage(code: number): { title: string; text: string } {
  switch (code) {
    case 4401:
      return {
        title: 'You need an invitation to join',
        text: 'Open the invitation link you received from the organisers. It signs this browser in to the consultation.',
      };
    case 4403:
      return { title: 'Access denied', text: 'Your invitation does not give access to this draft.' };
    case 4404:
      return { title: 'No such draft', text: 'This consultation has no draft on the server.' };
    case 4422:
      return {
        title: 'Your change was not saved',
        text: 'The server refused a change made in this browser. Reload the page to load the draft again.',
      };
    case 4410:
      return {
        title: 'Your invitation was withdrawn',
        text: 'Ask the organisers for a new invitation link to rejoin the consultation.',
      };
    default:
      return { title: 'Cannot connect', text: `The server refused the connection (code ${code}).` };
  }
}
