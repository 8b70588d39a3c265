package jgrad.kernel.magic;

import jgrad.autograd.Anomaly;

/** %anomaly on|off: autograd anomaly mode (the error names the first op that produced NaN/Inf). */
record AnomalyMagic() {
    MagicCommand command() {
        return new MagicCommand("%anomaly [on|off]", """
                Turns autograd's anomaly mode on or off for the following cells; without an argument,
                prints whether it is on. While on, the first op that produces NaN or Inf (forward or
                backward) fails with an error naming it. Costs a check of every op's result.""",
                0, 1, (a, body) -> {
                    if (a.positional().isEmpty()) {
                        return "anomaly mode is " + (Anomaly.isEnabled() ? "on" : "off");
                    }
                    switch (a.positional(0)) {
                        case "on" -> Anomaly.enable();
                        case "off" -> Anomaly.disable();
                        default -> throw a.error("expected on or off, got '" + a.positional(0) + "'");
                    }
                    return "anomaly mode is " + (Anomaly.isEnabled() ? "on" : "off");
                });
    }
}
