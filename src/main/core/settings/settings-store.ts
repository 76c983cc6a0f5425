import { z } from 'zod';
import { DESTINATION_KINDS } from '../../../shared/domain/destination';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../../shared/domain/language';
import { DEFAULT_THEME, THEMES } from '../../../shared/domain/theme';

/**
 * Per-machine settings (not newsroom data): UI language and theme, window bounds. The app keeps them in
 * electron-store; tests and the CLI use `conf`, the library electron-store is built on. Both fit
 * this small shape, so the core never knows which one it has.
 */
export interface KeyValueBacking {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const SettingsSchemas = {
  language: z.enum(LANGUAGES).catch(DEFAULT_LANGUAGE),
  theme: z.enum(THEMES).catch(DEFAULT_THEME),
  windowBounds: z
    .object({
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int().min(400),
      height: z.number().int().min(300),
      maximized: z.boolean(),
    })
    .nullable()
    .catch(null),
  /** Publishing destinations besides the website folder; secrets only as SecretBox cipher text. */
  destinations: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(DESTINATION_KINDS),
        url: z.string(),
        /** The WordPress account (WordPress only). */
        username: z.string().optional(),
        enabled: z.boolean(),
        secretCipher: z.string().nullable(),
      }),
    )
    .catch([]),
};

export type Settings = { [K in keyof typeof SettingsSchemas]: z.output<(typeof SettingsSchemas)[K]> };

export interface SettingsStore {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
}

/**
 * Every read is validated: a settings file edited by hand or written by another version falls
 * back to the default for that key instead of crashing the app at start-up.
 */
export function createSettingsStore(backing: KeyValueBacking): SettingsStore {
  return {
    get: (key) => SettingsSchemas[key].parse(backing.get(key)) as Settings[typeof key],
    set: (key, value) => backing.set(key, SettingsSchemas[key].parse(value)),
  };
}

/** The store, calling `onChange` with the new value whenever `key` is set (the menu follows the language, the window the theme). */
export function watchSetting<K extends keyof Settings>(settings: SettingsStore, key: K, onChange: (value: Settings[K]) => void): SettingsStore {
  return {
    get: (name) => settings.get(name),
    set(name, value) {
      settings.set(name, value);
      if ((name as keyof Settings) === key) onChange(settings.get(key));
    },
  };
}
