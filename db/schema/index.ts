export * from "./territoires";
export * from "./centres";
export * from "./users";
export * from "./audit";
export * from "./titres";
export * from "./communes";
export * from "./jures";
export * from "./connexions";
