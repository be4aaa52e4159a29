import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  loadHistory,
  loadSettings,
  parseSettings,
  saveSettings,
  SETTINGS_KEY,
  type KeyValueStore,
} from './settings';

function memoryStore(
  initial: Record<string, string> = {},
): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

describe('settings', () => {
  it('round-trips through storage', () => {
    const store = memoryStore();
    const s = { ...defaultSettings(), lang: 'zh-CN' as const, theme: 'dark' as const };
    saveSettings(store, s);
    expect(loadSettings(store, defaultSettings())).toEqual({ settings: s, dropped: false });
  });

  it('picks defaults from the browser: dark scheme, Chinese locale', () => {
    expect(defaultSettings(true, 'zh-TW')).toMatchObject({ theme: 'dark', lang: 'zh-CN' });
    expect(defaultSettings(false, 'de-DE')).toMatchObject({ theme: 'light', lang: 'en' });
  });

  it.each([
    ['not json', '{nope'],
    ['an older version', JSON.stringify({ ...defaultSettings(), version: 0 })],
    ['a wrong language', JSON.stringify({ ...defaultSettings(), lang: 'fr' })],
    [
      'sizes that do not add up',
      JSON.stringify({
        ...defaultSettings(),
        layout: { ...defaultSettings().layout, sizes: [0.9, 0.9, 0.9] },
      }),
    ],
    ['null', 'null'],
  ])('drops %s with a notice and removes it', (_name, raw) => {
    const store = memoryStore({ [SETTINGS_KEY]: raw });
    const loaded = loadSettings(store, defaultSettings());
    expect(loaded).toEqual({ settings: defaultSettings(), dropped: true });
    expect(store.data[SETTINGS_KEY]).toBeUndefined();
  });

  it('treats blocked storage as empty', () => {
    const blocked: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(loadSettings(blocked, defaultSettings()).dropped).toBe(false);
    expect(() => saveSettings(blocked, defaultSettings())).not.toThrow();
    expect(parseSettings(null)).toBeNull();
  });

  it('keeps only strings from stored history', () => {
    const store = memoryStore({ 'layerlab.history': JSON.stringify(['ls', 3, null, 'pwd']) });
    expect(loadHistory(store)).toEqual(['ls', 'pwd']);
    expect(loadHistory(memoryStore({ 'layerlab.history': '{' }))).toEqual([]);
  });
});
