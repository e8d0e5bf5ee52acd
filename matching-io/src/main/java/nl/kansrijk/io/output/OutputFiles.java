package nl.kansrijk.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named output files a writer of several files writes into: a folder on disk, or anything else (memory, a zip). */
@FunctionalInterface
public interface OutputFiles {

    /** A new stream for the file {@code name}; the writer closes it. */
    OutputStream open(String name) throws IOException;

    /** The files of a folder that exists. */
    static OutputFiles folder(Path dir) {
        return name -> Files.newOutputStream(dir.resolve(name));
    }
}
