// The learner's settings as they persist across reloads: layout, theme, language, pace.
// Plain functions, no React: the first chunk reads them before anything else loads.

export type Lang = 'en' | 'zh-CN';
export type Theme = 'light' | 'dark';
export type Pace = 'instant' | 'normal' | 'slow';
export type PaneId = 'lesson' | 'terminal' | 'diagram';

export interface Layout {
  /** Fractions of the width for lesson, terminal, diagram (sum 1). */
  readonly sizes: readonly [number, number, number];
  readonly hidden: Readonly<Record<PaneId, boolean>>;
  /** The pane shown on narrow screens, where panes become tabs. */
  readonly tab: PaneId;
}

export interface Settings {
  readonly version: 1;
  readonly lang: Lang;
  readonly theme: Theme;
  readonly pace: Pace;
  readonly layout: Layout;
}

export const SETTINGS_KEY = 'layerlab.settings';
export const HISTORY_KEY = 'layerlab.history';

export const PANES: readonly PaneId[] = ['lesson', 'terminal', 'diagram'];

export function defaultSettings(prefersDark = false, browserLang = 'en'): Settings {
  return {
    version: 1,
    lang: browserLang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en',
    theme: prefersDark ? 'dark' : 'light',
    pace: 'normal',
    layout: {
      sizes: [0.27, 0.4, 0.33],
      hidden: { lesson: false, terminal: false, diagram: false },
      tab: 'terminal',
    },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validLayout(v: unknown): Layout | null {
  if (!isRecord(v)) return null;
  const { sizes, hidden, tab } = v;
  if (!Array.isArray(sizes) || sizes.length !== 3) return null;
  if (!sizes.every((s) => typeof s === 'number' && Number.isFinite(s) && s >= 0 && s <= 1))
    return null;
  const sum = (sizes as number[]).reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 0.01) return null;
  if (!isRecord(hidden) || !PANES.every((p) => typeof hidden[p] === 'boolean')) return null;
  if (typeof tab !== 'string' || !PANES.includes(tab as PaneId)) return null;
  return {
    sizes: sizes as unknown as [number, number, number],
    hidden: hidden as Record<PaneId, boolean>,
    tab: tab as PaneId,
  };
}

/** Parse stored settings; null when they are missing, corrupt or from another version. */
export function parseSettings(raw: string | null): Settings | null {
  if (raw === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(v) || v.version !== 1) return null;
  const layout = validLayout(v.layout);
  if (
    !layout ||
    (v.lang !== 'en' && v.lang !== 'zh-CN') ||
    (v.theme !== 'light' && v.theme !== 'dark') ||
    (v.pace !== 'instant' && v.pace !== 'normal' && v.pace !== 'slow')
  )
    return null;
  return { version: 1, lang: v.lang, theme: v.theme, pace: v.pace, layout };
}

export interface LoadedSettings {
  readonly settings: Settings;
  /** True when something was stored but could not be used (the UI tells the learner). */
  readonly dropped: boolean;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function loadSettings(store: KeyValueStore | null, fallback: Settings): LoadedSettings {
  let raw: string | null;
  try {
    raw = store?.getItem(SETTINGS_KEY) ?? null;
  } catch {
    return { settings: fallback, dropped: false };
  }
  if (raw === null) return { settings: fallback, dropped: false };
  const parsed = parseSettings(raw);
  if (parsed) return { settings: parsed, dropped: false };
  try {
    store?.removeItem(SETTINGS_KEY);
  } catch {
    // storage may be blocked (private mode, sandboxed iframe): nothing to clean then
  }
  return { settings: fallback, dropped: true };
}

export function saveSettings(store: KeyValueStore | null, settings: Settings): void {
  try {
    store?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // quota or blocked storage: settings simply do not persist
  }
}

export function loadHistory(store: KeyValueStore | null): readonly string[] {
  try {
    const v: unknown = JSON.parse(store?.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(-1000) : [];
  } catch {
    return [];
  }
}

export function saveHistory(store: KeyValueStore | null, entries: readonly string[]): void {
  try {
    store?.setItem(HISTORY_KEY, JSON.stringify(entries.slice(-1000)));
  } catch {
    // as above
  }
}

/** The browser's localStorage, or null where it is blocked. */
export function browserStore(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
