package isolate

import "syscall"

// alive reports whether pid exists, zombies included.
func alive(pid int) bool {
	return pid > 0 && syscall.Kill(pid, 0) != syscall.ESRCH
}
