// Routes check ids the way services do (a non-UUID names nothing: 404).
export { requireUuid } from "../services/errors";
