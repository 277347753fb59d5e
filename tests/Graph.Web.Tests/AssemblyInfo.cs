// One chromium and one API at a time: the machine is small, and parallel browsers make timings flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
