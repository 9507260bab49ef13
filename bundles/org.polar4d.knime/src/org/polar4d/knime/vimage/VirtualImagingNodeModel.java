package org.polar4d.knime.vimage;

import static org.polar4d.knime.vimage.VirtualImagingNodeFactory.ADF_INNER;
import static org.polar4d.knime.vimage.VirtualImagingNodeFactory.ADF_OUTER;
import static org.polar4d.knime.vimage.VirtualImagingNodeFactory.BF_RADIUS;
import static org.polar4d.knime.vimage.VirtualImagingNodeFactory.CENTRE_COL;
import static org.polar4d.knime.vimage.VirtualImagingNodeFactory.CENTRE_ROW;
import static org.polar4d.knime.vimage.VirtualImagingNodeFactory.COM_RADIUS;

import java.util.LinkedHashMap;
import java.util.Map;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.render.GrayImages;
import org.polar4d.core.vimage.ScanMap;
import org.polar4d.core.vimage.VirtualImages;
import org.polar4d.knime.node.Choices;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.KnimeProgress;
import org.polar4d.knime.node.Png;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.port.DatasetPortObject;
import org.polar4d.knime.settings.SettingValues;

/** Bright-field, annular dark-field and centre-of-mass images of a scan. */
final class VirtualImagingNodeModel extends Polar4DNodeModel {

    VirtualImagingNodeModel() {
        super(VirtualImagingNodeFactory.DEFINITION);
    }

    private static double auto(double v) {
        return v < 0 ? Double.NaN : v;
    }

    static VirtualImages.Settings settings(SettingValues v) {
        return new VirtualImages.Settings(auto(v.get(CENTRE_ROW)), auto(v.get(CENTRE_COL)), auto(v.get(BF_RADIUS)),
                auto(v.get(ADF_INNER)), auto(v.get(ADF_OUTER)), auto(v.get(COM_RADIUS)));
    }

    private static DataTableSpec positionSpec() {
        return new DataTableSpec(new DataColumnSpecCreator("Scan row", IntCell.TYPE).createSpec(),
                new DataColumnSpecCreator("Scan column", IntCell.TYPE).createSpec(),
                new DataColumnSpecCreator("BF", DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator("ADF", DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator("CoM x", DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator("CoM y", DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator("CoM magnitude", DoubleCell.TYPE).createSpec());
    }

    private static DataTableSpec imageSpec() {
        return new DataTableSpec(new DataColumnSpecCreator("Image", StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator("Minimum", DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator("Maximum", DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator("PNG", PNGImageContent.TYPE).createSpec());
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings) {
        return new PortObjectSpec[] {positionSpec(), imageSpec(), Png.portSpec()};
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        Dataset4D dataset = ((DatasetPortObject) inObjects[0]).dataset();
        VirtualImages.Result r = EngineCall.run("computing virtual images", () -> VirtualImages.compute(dataset,
                settings(settings), Choices.threads(), new KnimeProgress(exec.createSubProgress(0.9))));
        Map<String, ScanMap> maps = new LinkedHashMap<>();
        maps.put("bf", r.brightField());
        maps.put("adf", r.darkField());
        maps.put("com-x", r.com().x());
        maps.put("com-y", r.com().y());
        maps.put("com-magnitude", r.com().magnitude());

        BufferedDataContainer positions = exec.createDataContainer(positionSpec());
        ScanMap bf = r.brightField();
        for (int row = 0; row < bf.rows(); row++) {
            exec.checkCanceled();
            for (int col = 0; col < bf.cols(); col++) {
                positions.addRowToTable(new DefaultRow(new RowKey("Row" + (row * bf.cols() + col)), new IntCell(row),
                        new IntCell(col), new DoubleCell(bf.get(row, col)),
                        new DoubleCell(r.darkField().get(row, col)), new DoubleCell(r.com().x().get(row, col)),
                        new DoubleCell(r.com().y().get(row, col)), new DoubleCell(r.com().magnitude().get(row, col))));
            }
        }
        positions.close();

        BufferedDataContainer images = exec.createDataContainer(imageSpec());
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        for (Map.Entry<String, ScanMap> e : maps.entrySet()) {
            ScanMap m = e.getValue();
            GrayImages.Range range = GrayImages.Range.minMax(m.values());
            byte[] png = Png.encode(GrayImages.toImage(m.values(), m.rows(), m.cols(), range,
                    GrayImages.scaleFor(m.rows(), m.cols(), 256)));
            pngs.put(e.getKey(), png);
            images.addRowToTable(new DefaultRow(new RowKey(e.getKey()), new StringCell(e.getKey()),
                    new DoubleCell(range.lo()), new DoubleCell(range.hi()), PNGImageCellFactory.create(png)));
        }
        images.close();
        exec.setProgress(1.0);
        return new PortObject[] {positions.getTable(), images.getTable(),
            Png.port(pngs.get(settings.get(VirtualImagingNodeFactory.IMAGE)))};
    }
}
