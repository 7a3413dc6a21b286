export { mountGuestListExport } from './guestList.ts';
