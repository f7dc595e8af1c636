// Xinyang's clock: events, check-in days and the times people read are in China Standard Time, whatever the
// server's own time zone.
export const TIME_ZONE = 'Asia/Shanghai';

const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The calendar date in China, YYYY-MM-DD. */
export const localDate = (d: Date): string => dateFormat.format(d);

/** Today in China: from 00:00 to 08:00 there it is already the next day in UTC's terms, which "today" must not lag. */
export const todayInChina = (): string => localDate(new Date());

/** The date and time in China, YYYY-MM-DD HH:mm (for messages and spreadsheets). */
export const localDateTime = (d: Date): string => `${localDate(d)} ${timeFormat.format(d)}`;
