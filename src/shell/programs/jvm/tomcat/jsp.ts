// Just enough JSP for the pages the image ships (ROOT/index.jsp): comments, directives and
// template text as Jasper emits them (the line break after a directive stays), `<%= %>` and EL
// `${…}` for the server info, the context path and request attributes, and scriptlets made of
// `request.setAttribute("k", …)` with a string or a SimpleDateFormat of now. Other Java is not
// run: the page renders without it and says so once in the log.

export interface JspEnv {
  readonly serverInfo: string;
  readonly contextPath: string;
  readonly nowMs: number;
}

export interface JspResult {
  readonly html: string;
  /** Scriptlet statements the lab could not run (reported in the log). */
  readonly unsupported: readonly string[];
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** SimpleDateFormat for the common letters, in UTC (containers have no TZ). */
function formatDate(pattern: string, ms: number): string {
  const d = new Date(ms);
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss/g, (t) => {
    switch (t) {
      case 'yyyy':
        return String(d.getUTCFullYear());
      case 'MM':
        return p2(d.getUTCMonth() + 1);
      case 'dd':
        return p2(d.getUTCDate());
      case 'HH':
        return p2(d.getUTCHours());
      case 'mm':
        return p2(d.getUTCMinutes());
      default:
        return p2(d.getUTCSeconds());
    }
  });
}

function expression(expr: string, env: JspEnv, attrs: Map<string, string>): string | undefined {
  const e = expr.trim();
  if (
    /^(request\.getServletContext\(\)|application|pageContext\.getServletContext\(\))\.getServerInfo\(\)$/.test(
      e,
    )
  )
    return env.serverInfo;
  if (/^request\.getContextPath\(\)$/.test(e)) return env.contextPath;
  const attr = /^request\.getAttribute\("([^"]*)"\)$/.exec(e);
  if (attr) return attrs.get(attr[1] ?? '') ?? 'null';
  const lit = /^"([^"]*)"$/.exec(e);
  if (lit) return lit[1];
  return undefined;
}

function el(expr: string, env: JspEnv, attrs: Map<string, string>): string {
  const e = expr.trim();
  if (e === 'pageContext.servletContext.serverInfo') return env.serverInfo;
  if (e === 'pageContext.request.contextPath') return env.contextPath;
  const scoped = /^(?:requestScope\.)?([A-Za-z_]\w*)$/.exec(e);
  if (scoped) return attrs.get(scoped[1] ?? '') ?? '';
  // EL turns what it cannot find into the empty string.
  return '';
}

function scriptlet(code: string, env: JspEnv, attrs: Map<string, string>, bad: string[]): void {
  const formats = new Map<string, string>();
  for (const raw of code.split(';')) {
    const s = raw.trim();
    if (!s) continue;
    const sdf =
      /^(?:java\.text\.)?SimpleDateFormat\s+(\w+)\s*=\s*new\s+(?:java\.text\.)?SimpleDateFormat\("([^"]*)"\)$/.exec(
        s,
      );
    if (sdf) {
      formats.set(sdf[1] ?? '', sdf[2] ?? '');
      continue;
    }
    const set = /^request\.setAttribute\("([^"]*)",\s*([\s\S]+)\)$/.exec(s);
    if (set) {
      const value = set[2]?.trim() ?? '';
      const lit = /^"([^"]*)"$/.exec(value);
      const fmt = /^(\w+)\.format\(new\s+(?:java\.util\.)?Date\(\)\)$/.exec(value);
      if (lit) attrs.set(set[1] ?? '', lit[1] ?? '');
      else if (fmt && formats.has(fmt[1] ?? ''))
        attrs.set(set[1] ?? '', formatDate(formats.get(fmt[1] ?? '') ?? '', env.nowMs));
      else bad.push(s);
      continue;
    }
    bad.push(s);
  }
}

export function renderJsp(source: string, env: JspEnv): JspResult {
  const attrs = new Map<string, string>();
  const bad: string[] = [];
  // trimDirectiveWhitespaces="true": the white space after directives and scriptlets goes.
  const trim = /<%@\s*page[^%]*trimDirectiveWhitespaces\s*=\s*"true"/.test(source);
  let out = '';
  let i = 0;
  let afterTag = false;
  while (i < source.length) {
    const open = source.indexOf('<%', i);
    let text = open < 0 ? source.slice(i) : source.slice(i, open);
    if (trim && afterTag) text = text.replace(/^\s+/, '');
    afterTag = true;
    out += text.replace(/\$\{([^}]*)\}/g, (_m, e: string) => el(e, env, attrs));
    if (open < 0) break;
    if (source.startsWith('<%--', open)) {
      const end = source.indexOf('--%>', open);
      i = end < 0 ? source.length : end + 4;
      continue;
    }
    const end = source.indexOf('%>', open + 2);
    if (end < 0) break;
    const body = source.slice(open + 2, end);
    i = end + 2;
    if (body.startsWith('@') || body.startsWith('!')) continue;
    if (body.startsWith('=')) {
      const v = expression(body.slice(1), env, attrs);
      if (v === undefined) bad.push(body.slice(1).trim());
      else out += v;
      afterTag = false;
      continue;
    }
    scriptlet(body, env, attrs, bad);
  }
  return { html: out, unsupported: bad };
}
