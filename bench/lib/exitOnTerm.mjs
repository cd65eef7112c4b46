// For profiling the site workers (README, enquiry intake CPU): SIGTERM becomes a clean exit, so --cpu-prof writes its file.
process.on('SIGTERM', () => process.exit(0))
