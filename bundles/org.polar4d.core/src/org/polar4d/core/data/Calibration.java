package org.polar4d.core.data;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What is known about the physical meaning of a dataset's axes and optics. Every field is optional
 * (null = unknown).
 *
 * @param scanStep distance between neighbouring probe positions
 * @param reciprocalPixel size of one detector pixel in reciprocal space or angle (e.g. 1/Å, mrad)
 * @param beamEnergyKeV accelerating voltage in kV (beam energy in keV)
 * @param convergenceSemiAngleMrad probe convergence semi-angle in mrad
 * @param cameraLengthMm camera length in mm
 * @param scanRotationDeg rotation between scan and detector axes in degrees
 */
public record Calibration(Quantity scanStep, Quantity reciprocalPixel, Double beamEnergyKeV,
        Double convergenceSemiAngleMrad, Double cameraLengthMm, Double scanRotationDeg) {

    public static final Calibration NONE = new Calibration(null, null, null, null, null, null);

    public Optional<Quantity> scanStepValue() {
        return Optional.ofNullable(scanStep);
    }

    public Optional<Quantity> reciprocalPixelValue() {
        return Optional.ofNullable(reciprocalPixel);
    }

    public OptionalDouble beamEnergy() {
        return opt(beamEnergyKeV);
    }

    public OptionalDouble convergenceSemiAngle() {
        return opt(convergenceSemiAngleMrad);
    }

    public OptionalDouble cameraLength() {
        return opt(cameraLengthMm);
    }

    public OptionalDouble scanRotation() {
        return opt(scanRotationDeg);
    }

    public Calibration withScanStep(Quantity q) {
        return new Calibration(q, reciprocalPixel, beamEnergyKeV, convergenceSemiAngleMrad, cameraLengthMm, scanRotationDeg);
    }

    public Calibration withReciprocalPixel(Quantity q) {
        return new Calibration(scanStep, q, beamEnergyKeV, convergenceSemiAngleMrad, cameraLengthMm, scanRotationDeg);
    }

    public Calibration withBeamEnergyKeV(Double v) {
        return new Calibration(scanStep, reciprocalPixel, v, convergenceSemiAngleMrad, cameraLengthMm, scanRotationDeg);
    }

    public Calibration withConvergenceSemiAngleMrad(Double v) {
        return new Calibration(scanStep, reciprocalPixel, beamEnergyKeV, v, cameraLengthMm, scanRotationDeg);
    }

    public Calibration withCameraLengthMm(Double v) {
        return new Calibration(scanStep, reciprocalPixel, beamEnergyKeV, convergenceSemiAngleMrad, v, scanRotationDeg);
    }

    public Calibration withScanRotationDeg(Double v) {
        return new Calibration(scanStep, reciprocalPixel, beamEnergyKeV, convergenceSemiAngleMrad, cameraLengthMm, v);
    }

    private static OptionalDouble opt(Double v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
