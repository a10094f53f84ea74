/* Generated from schema/conformance-plant.schema.json by `npm run codegen`. Do not edit. */

export interface ConformancePlant {
  plantRequest?: PlantRequest;
  plantAnswer?: PlantAnswer;
}
export interface PlantRequest {
  /**
   * a key value of 1 to 128 characters: the value of the field the subgraph keys Youth by.
   */
  youth: string;
  /**
   * a text of 1 to 128 characters: the marker the record's text fields hold.
   */
  marker: string;
}
export interface PlantAnswer {
  planted: 1;
}
