"""The classroom: File › Hand in… (a student's work, named and with its results, in one
file) and File › Open class folder… (a folder of hand-ins as a sortable gallery)."""
