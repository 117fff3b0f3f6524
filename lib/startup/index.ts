export { addsFormControls, changesFormControls, hasFormControls, isFrameLoad } from './form-presence';
