// Codes of the subsidies feature (registered as GraphQL enums by subsidies.module.ts).
export enum ApplicationState { SUBMITTED = 'SUBMITTED', APPROVED = 'APPROVED', REJECTED = 'REJECTED' }

/** What of a catalogue entry no source states: shown as 待核实 */
export enum UnverifiedPart { AMOUNT = 'AMOUNT', CLAIMANT = 'CLAIMANT', CONDITIONS = 'CONDITIONS' }
