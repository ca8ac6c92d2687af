export { ConfigResolver, type ConfigResolverOptions } from "./resolve.js";
export { loadConfigFile, parseConfig } from "./load.js";
export { PRESETS, DEFAULT_PRESET } from "./presets.js";
export { CONFIG_FILE_NAMES, type ConfigData, type ConfigOverride, type LoadedConfig, type ResolvedConfig } from "./types.js";
