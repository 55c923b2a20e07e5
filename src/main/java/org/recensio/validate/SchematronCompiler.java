package org.recensio.validate;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * ISO Schematron to XSLT with SchXslt's XSLT 2.0 pipeline (include, expand abstract patterns,
 * compile for SVRL), as shipped in the schxslt jar at {@value #PIPELINE}.
 */
final class SchematronCompiler {
  static final String PIPELINE = "/xslt/2.0/pipeline-for-svrl.xsl";

  private SchematronCompiler() {}

  /** The validation stylesheet for a Schematron schema. */
  static XsltExecutable compile(XdmNode schematron) throws SaxonApiException {
    return Saxon.compile(toXslt(schematron));
  }

  /** The XSLT that SchXslt makes of a Schematron schema, before Saxon compiles it. */
  static XdmNode toXslt(XdmNode schematron) throws SaxonApiException {
    Xslt30Transformer pipeline = Pipeline.EXECUTABLE.load30();
    XdmDestination xslt = new XdmDestination();
    pipeline.transform(schematron.asSource(), xslt);
    return xslt.getXdmNode();
  }

  /** Compiled on first use, once per JVM. */
  private static final class Pipeline {
    static final XsltExecutable EXECUTABLE = load();

    private static XsltExecutable load() {
      try {
        return Saxon.compile(Saxon.resource(PIPELINE));
      } catch (SaxonApiException e) {
        throw new IllegalStateException("cannot compile SchXslt's " + PIPELINE, e);
      }
    }
  }
}
