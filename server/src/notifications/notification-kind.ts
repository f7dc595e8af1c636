// What a notice is about; the notifications feature owns the list (features pass a kind when they notify).
export enum NotificationKind {
  REGISTRATION_CONFIRMED = 'REGISTRATION_CONFIRMED', WAITLISTED = 'WAITLISTED', PROMOTED = 'PROMOTED',
  EVENT_REMINDER = 'EVENT_REMINDER', EVENT_CANCELLED = 'EVENT_CANCELLED', BOOTH_DECIDED = 'BOOTH_DECIDED',
  APPLICATION_STATUS = 'APPLICATION_STATUS',
  ORGANIZATION_VERIFIED = 'ORGANIZATION_VERIFIED', ORGANIZATION_REJECTED = 'ORGANIZATION_REJECTED',
  ORGANIZATION_INFO_REQUESTED = 'ORGANIZATION_INFO_REQUESTED', ORGANIZATION_SUSPENDED = 'ORGANIZATION_SUSPENDED',
  // federation staff acted for the person (they consented to it)
  APPLIED_ON_BEHALF = 'APPLIED_ON_BEHALF', REGISTERED_ON_BEHALF = 'REGISTERED_ON_BEHALF', PROFILE_UPDATED_ON_BEHALF = 'PROFILE_UPDATED_ON_BEHALF',
  // the employer's side of an application, and staff's verification queue
  APPLICATION_RECEIVED = 'APPLICATION_RECEIVED', APPLICATION_WITHDRAWN = 'APPLICATION_WITHDRAWN',
  ORGANIZATION_AWAITING_VERIFICATION = 'ORGANIZATION_AWAITING_VERIFICATION',
}

/** Channels a person may choose per kind; the in-app list always keeps every notice. */
export enum NotificationChannel { SMS = 'SMS', EMAIL = 'EMAIL' }

/** The channels a kind goes on until the person chooses: email always; SMS for what is urgent or decisive. */
export function defaultChannels(kind: string): NotificationChannel[] {
  const sms = /^(EVENT_|PROMOTED|REGISTRATION_CONFIRMED|APPLICATION_STATUS|INTERVIEW|ORGANIZATION_(VERIFIED|REJECTED|SUSPENDED|INFO_REQUESTED))/.test(kind);
  return sms ? [NotificationChannel.SMS, NotificationChannel.EMAIL] : [NotificationChannel.EMAIL];
}
