export * from "./calendar";
export * from "./paris";
