package org.polar4d.cli.bench;

import picocli.CommandLine.Command;

/** {@code polar4d bench infer}: inference throughput of a network (patterns/s). */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = "Inference throughput (patterns/s) of a network on random patterns, as torch_cnn.py measures it.",
        footer = {"", "Examples:", "  polar4d bench infer --threads 2 --batch 128",
            "  polar4d bench infer --model vgg16 --head proto --batch 32"})
public final class BenchInferCommand extends BenchNetworkCommand {

    @Override
    String mode() {
        return "infer";
    }
}
