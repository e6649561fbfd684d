"""Files in and out: iCal export, vCard and CSV import, CSV export."""
