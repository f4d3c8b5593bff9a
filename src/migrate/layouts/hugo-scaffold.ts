import type { LayoutSite } from '../layout';
import { tomlString } from './scaffold-strings';

// Finds a relative destination among page resources: the page's own, else (an image another
// post's bundle holds, `../other/a.jpg`) the resource of the page whose folder holds it.
// Returns the published path, or the destination unchanged.
const RESOLVE = `{{- $dest := .dest -}}
{{- $page := .page -}}
{{- $out := $dest -}}
{{- if not (or (hasPrefix $dest "/") (hasPrefix $dest "#") (in $dest ":")) -}}
  {{- with $page.Resources.GetMatch (strings.TrimPrefix "./" $dest) -}}
    {{- $out = .RelPermalink -}}
  {{- else -}}
    {{- with $page.File -}}
      {{- $parts := split (path.Join .Dir $dest) "/" -}}
      {{- range $i, $_ := $parts -}}
        {{- $n := sub (len $parts) (add $i 1) -}}
        {{- if and (gt $n 0) (eq $out $dest) -}}
          {{- with site.GetPage (delimit (first $n $parts) "/") -}}
            {{- with .Resources.GetMatch (delimit (after $n $parts) "/") -}}
              {{- $out = .RelPermalink -}}
            {{- end -}}
          {{- end -}}
        {{- end -}}
      {{- end -}}
    {{- end -}}
  {{- end -}}
{{- end -}}
{{- return $out -}}
`;

const BASEOF = `<!doctype html>
<html lang="{{ site.LanguageCode | default "en" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<style>body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.05rem/1.6 system-ui,sans-serif}img{max-width:100%;height:auto}nav a{margin-right:1rem}</style>
</head>
<body>
<header><nav><a href="{{ "/" | relURL }}">{{ site.Title }}</a>{{ range site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`;

const LIST_ITEMS = `<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ if not .Date.IsZero }} <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>{{ end }}</li>
{{ end }}</ul>
`;

const TERMS = (label: string) => `{{ with .Params.${label} }}<p>{{ range $i, $t := . }}{{ if $i }}, {{ end }}{{ with site.GetPage (printf "/${label}/%s" ($t | urlize)) }}<a href="{{ .RelPermalink }}">{{ $t }}</a>{{ else }}{{ $t }}{{ end }}{{ end }}</p>{{ end }}`;

/**
 * The files a Hugo site needs to build the migrated content: `hugo.toml` (title and language
 * written as TOML strings; raw HTML allowed, as WordPress content holds some) and the layouts.
 * Templates print every value through Hugo's contextual escaping.
 */
export function hugoScaffold(site: LayoutSite): Record<string, string> {
  return {
    'hugo.toml': [
      `baseURL = "/"`,
      `title = ${tomlString(site.title ?? 'Site')}`,
      `languageCode = ${tomlString(site.language ?? 'en')}`,
      ``,
      `[taxonomies]`,
      `  category = "categories"`,
      `  tag = "tags"`,
      ``,
      `[markup.goldmark.renderer]`,
      `  unsafe = true`,
      ``,
    ].join('\n'),
    'layouts/_default/baseof.html': BASEOF,
    'layouts/index.html': `{{ define "main" }}<h1>{{ site.Title }}</h1>
{{ .Content }}
<ul>
{{ range (where site.RegularPages "Section" "posts").ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></li>
{{ end }}</ul>
{{ end }}
`,
    'layouts/_default/single.html': `{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
{{ if not .Date.IsZero }}<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time></p>{{ end }}
{{ .Content }}
${TERMS('categories')}
${TERMS('tags')}
</article>
{{ end }}
`,
    'layouts/_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
${LIST_ITEMS}{{ end }}
`,
    'layouts/_default/taxonomy.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
${LIST_ITEMS}{{ end }}
`,
    'layouts/_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>
{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{ end }}</ul>
{{ end }}
`,
    'layouts/404.html': `{{ define "main" }}<h1>Not found</h1>
<p><a href="{{ "/" | relURL }}">{{ site.Title }}</a></p>
{{ end }}
`,
    'layouts/partials/unpress-resource.html': RESOLVE,
    // The embeds unpress writes as shortcodes that Hugo's own versions would fetch at build time
    // (Instagram's needs an API token; \`x\` is not built into every Hugo): links, built offline.
    'layouts/shortcodes/x.html': `{{ $href := printf "https://x.com/%s/status/%s" (.Get "user") (.Get "id") }}<p><a href="{{ $href }}">{{ $href }}</a></p>`,
    'layouts/shortcodes/instagram.html': `{{ $href := printf "https://www.instagram.com/p/%s/" (.Get 0) }}<p><a href="{{ $href }}">{{ $href }}</a></p>`,
    'layouts/_default/_markup/render-image.html': `<img src="{{ partial "unpress-resource.html" (dict "dest" .Destination "page" .Page) }}" alt="{{ .Text }}"{{ with .Title }} title="{{ . }}"{{ end }}>`,
    'layouts/_default/_markup/render-link.html': `<a href="{{ partial "unpress-resource.html" (dict "dest" .Destination "page" .Page) }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>`,
  };
}
