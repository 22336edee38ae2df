"""Safe readers of files from outside (xlsx, csv): bombs, forged sizes and hostile XML are
refused before any parser sees the bytes. Used by the importers and by workbook verification."""
