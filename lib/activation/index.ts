export {
  EVERY_SITE,
  isWebOrigin,
  LOADER_FILE,
  LOADER_SCRIPT_ID,
  type LoaderScript,
  loaderScript,
  siteOrigin,
} from './loader-script';
export { MENU_ITEMS, MENU_SITE, MENU_TEACH, type MenuClick, type MenuDeps, onMenuClick } from './menus';
export { type ScriptingArea, syncLoader } from './sync';
