/** The HttpOnly cookie that keeps a browser joined after it opened an invitation link. */
export const TOKEN_COOKIE = 'roundtable_token';
