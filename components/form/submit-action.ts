export { submitToAction } from "./use-action-form";
