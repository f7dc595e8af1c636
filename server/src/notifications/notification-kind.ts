// What a notice is about; the notifications feature owns the list (features pass a kind when they notify).
export enum NotificationKind {
  REGISTRATION_CONFIRMED = 'REGISTRATION_CONFIRMED', WAITLISTED = 'WAITLISTED', PROMOTED = 'PROMOTED',
  EVENT_REMINDER = 'EVENT_REMINDER', EVENT_CANCELLED = 'EVENT_CANCELLED', BOOTH_DECIDED = 'BOOTH_DECIDED',
  APPLICATION_STATUS = 'APPLICATION_STATUS',
  // federation staff acted for the person (they consented to it)
  APPLIED_ON_BEHALF = 'APPLIED_ON_BEHALF', REGISTERED_ON_BEHALF = 'REGISTERED_ON_BEHALF', PROFILE_UPDATED_ON_BEHALF = 'PROFILE_UPDATED_ON_BEHALF',
}
