//go:build !linux

package isolate

func alive(pid int) bool { return false }
