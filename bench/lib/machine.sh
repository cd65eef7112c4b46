# The shell benches' counterpart of bench/lib/machine.ts: what a figure is read against.
# source bench/lib/machine.sh; machine_start; …measured work…; machine_line  (machine_json for a results file)
machine_cpu_model() { grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'; }
machine_load() { cut -d' ' -f1 /proc/loadavg; }
machine_start() { MACHINE_LOAD_BEFORE=$(machine_load); }
machine_line() { echo "CPU $(machine_cpu_model), $(nproc) cores; load average ${MACHINE_LOAD_BEFORE:-?} before, $(machine_load) after (1 min)"; }
machine_json() { printf '{ "cpuModel": "%s", "cores": %s, "loadBefore": %s, "loadAfter": %s }' "$(machine_cpu_model)" "$(nproc)" "${MACHINE_LOAD_BEFORE:-null}" "$(machine_load)"; }
