/*
 * How Tasklist, Cockpit and Admin write a date: dd/MM/yyyy, with HH:mm (24 hours) where a time is meant.
 * Imported by each app's scripts/config.js as its `dateFormat` (Camunda's camDate filter, moment.js
 * formats; the keys are those of the 7.24.0 webapps' default configuration). The month and weekday
 * names (the date picker, Thứ Hai …) come from each app's locales/vi.json (dateLocales) and ngay-gio.js.
 * These formats are written in the plan's time zone, whatever the computer's (mui-gio.js).
 */
export const DATE_FORMAT = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD/MM/YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm',
  long: 'DD/MM/YYYY HH:mm',
  short: 'DD/MM/YYYY'
};
