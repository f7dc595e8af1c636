// Vocabularies the city's policy settings name (the "at least one" rule's levels, who counts dispatched workers).

/** The level of government an agency or institution belongs to (the "at least one" rule names levels). */
export enum AdministrativeLevel { PROVINCE = 'PROVINCE', CITY = 'CITY', COUNTY = 'COUNTY' }

/** Which side counts a dispatched worker: never both (财税〔2015〕72号: by agreement, one side only). */
export enum DispatchedCountedBy { RECEIVING = 'RECEIVING', DISPATCHING = 'DISPATCHING' }
