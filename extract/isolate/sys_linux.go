//go:build linux

package isolate

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
)

// setProcAttr puts the worker in its own process group (so a kill reaches
// anything it started and a terminal's Ctrl-C goes only to the parent, which
// then kills workers itself) and asks the kernel to kill it if the parent
// dies.
func setProcAttr(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// killGroup kills the worker's process group. The caller guarantees the
// worker has not been reaped yet, so its pid (= pgid) cannot be reused.
func killGroup(p *os.Process) {
	if err := syscall.Kill(-p.Pid, syscall.SIGKILL); err != nil {
		_ = p.Kill()
	}
}

// applyLimits sets RLIMIT_AS to the current address-space size plus mem,
// RLIMIT_CORE to 0 and the runtime's soft memory limit. It reports whether
// the address-space limit is in force.
func applyLimits(mem uint64) bool {
	setSoftLimit(mem)
	_ = syscall.Setrlimit(syscall.RLIMIT_CORE, &syscall.Rlimit{})
	cur, ok := addressSpace()
	if !ok {
		return false
	}
	limit := cur + mem
	if limit < cur { // overflow
		return false
	}
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &old); err == nil && old.Max < limit {
		limit = old.Max
	}
	return syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: limit, Max: limit}) == nil
}

// addressSpace returns the process's current virtual memory size in bytes.
func addressSpace() (uint64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0, false
	}
	pages, err := strconv.ParseUint(f[0], 10, 64)
	if err != nil {
		return 0, false
	}
	return pages * uint64(os.Getpagesize()), true
}
