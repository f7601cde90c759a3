package org.custodia.identity.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.springframework.stereotype.Component;

/** Draws a QR code as an SVG path, so the page needs neither an image request nor a script. */
@Component
public class QrCodes {

    public String svg(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0);
            int quiet = 4;
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M')
                                .append(x + quiet)
                                .append(' ')
                                .append(y + quiet)
                                .append("h1v1h-1z");
                    }
                }
            }
            int size = matrix.getWidth() + 2 * quiet;
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                    + "\" role=\"img\" aria-label=\"QR code for your authenticator app\">"
                    + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
                    + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("Could not draw a QR code", e);
        }
    }
}
