package org.polar4d.cli.bench;

import picocli.CommandLine.Command;

/** {@code polar4d bench train}: training throughput of a network (patterns/s). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Training throughput (patterns/s) of a network on random patterns, as torch_cnn.py measures it.",
        footer = {"", "Examples:", "  polar4d bench train --threads 2 --batch 128",
            "  /usr/bin/python3 /work/shared/bench/torch_cnn.py --threads 2 --batch 128   # the peer",
            "  polar4d bench train --model resnet50 --batch 16 --steps 2"})
public final class BenchTrainCommand extends BenchNetworkCommand {

    @Override
    String mode() {
        return "train";
    }
}
