// Command fake-cri is the container runtime of the live tests: upstream's fake CRI
// (k8s.io/cri-client/pkg/fake, the one the kubelet's own tests use) served on a unix socket until
// the process is told to stop. No image can be pulled on the test machines, so a kubelet run by
// the tests talks to this instead of containerd: it accepts every sandbox, container and image
// call and keeps them in memory, and runs nothing.
//
//	fake-cri --endpoint unix:///run/fake-cri/fake-cri.sock
//
// Its runtime-config answer names the cgroupfs driver, as the tests' KubeletConfiguration does.
// On SIGTERM or SIGINT it stops serving and removes the socket.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
	"k8s.io/cri-client/pkg/fake"
)

func main() {
	endpoint := flag.String("endpoint", "", "the unix socket to serve on (unix:///path/to.sock)")
	flag.Parse()
	if *endpoint == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: fake-cri --endpoint unix:///path/to.sock")
		os.Exit(2)
	}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)

	runtime := fake.NewFakeRemoteRuntime()
	runtime.RuntimeService.FakeLinuxConfiguration = &runtimeapi.LinuxRuntimeConfiguration{
		CgroupDriver: runtimeapi.CgroupDriver_CGROUPFS,
	}
	if err := runtime.Start(*endpoint); err != nil {
		fmt.Fprintf(os.Stderr, "fake-cri: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("fake-cri: serving on %s\n", *endpoint)

	got := <-stop
	runtime.Stop()
	os.Remove(strings.TrimPrefix(*endpoint, "unix://"))
	fmt.Printf("fake-cri: stopped (%v)\n", got)
}
