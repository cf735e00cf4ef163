//go:build !linux

package isolate

import (
	"os"
	"os/exec"
)

func setProcAttr(cmd *exec.Cmd) {}

func killGroup(p *os.Process) { _ = p.Kill() }

// applyLimits sets only the runtime's soft memory limit: RLIMIT_AS is
// unavailable or ineffective outside Linux.
func applyLimits(mem uint64) bool {
	setSoftLimit(mem)
	return false
}
