// One stack, one broker: tests run one after another, and the broker-outage test must not pull
// RabbitMQ from under a neighbour.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
