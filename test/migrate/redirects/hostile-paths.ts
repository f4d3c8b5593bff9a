/**
 * Old paths and new URLs written to break redirect files: spaces, quotes, line breaks, `$`
 * and `%` backreferences, regex and path-pattern metacharacters, comment and placeholder marks,
 * non-ASCII in NFC and NFD, escapes in either case, malformed escapes, a lone surrogate.
 */
export const HOSTILE_FROM = [
  '/with space/',
  '/"double" \'single\'/',
  '/line\nbreak\r\n/',
  '/tab\there/',
  '/$1 ${x} %{QUERY_STRING} %1/',
  '/regex.*+?^$()[]{}|\\/',
  '/# not a comment/',
  '/:placeholder/*splat/',
  '/semi;colon {brace}/',
  '/café-nfc/',
  '/cafe\u0301-nfd/',
  '/caf%c3%a9-lower/',
  '/caf%C3%A9-upper/',
  '/bad%zz%/',
  '/non-utf8-%ff/',
  '/slash%2Finside/',
  '/日本語/',
  '/lone\ud800surrogate/',
  '/=formula/',
  '/<script>alert(1)</script>/',
  '/2024/01/02/plain-old/',
  '/?p=12',
  '/?page_id=7&x=$1',
  '/blog/?cat=3',
];

export const HOSTILE_TO = ['/new path/"q"/', '/ü/$1/\n', '/posts/plain/', 'https://new.example/a b/', 'javascript:alert(1)'];

export const hostilePlanned = HOSTILE_FROM.map((from, i) => ({ id: 100 + i, url: HOSTILE_TO[i % HOSTILE_TO.length]!, oldUrls: [from] }));
