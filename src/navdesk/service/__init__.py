"""The office service: what the pages and the command line ask of an office, and the
long work done for it (importing files)."""
