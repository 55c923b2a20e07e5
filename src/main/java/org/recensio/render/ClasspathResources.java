package org.recensio.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * What FOP may read: resources on the classpath, named {@code classpath:/path}, and nothing
 * else (no file, no network). FOP never writes through it.
 */
final class ClasspathResources implements ResourceResolver {
  static final String SCHEME = "classpath";

  @Override
  public Resource getResource(URI uri) throws IOException {
    InputStream in = open(uri);
    if (in == null) {
      throw new IOException("FOP resource " + uri + " is not on the classpath");
    }
    return new Resource(in);
  }

  @Override
  public OutputStream getOutputStream(URI uri) throws IOException {
    throw new IOException("FOP may not write " + uri);
  }

  /** The classpath resource {@code uri} names, or null if it names none. */
  static InputStream open(URI uri) throws IOException {
    if (!SCHEME.equals(uri.getScheme()) || uri.getPath() == null || uri.getPath().contains("/../")) {
      throw new IOException("FOP may only read classpath: resources, not " + uri);
    }
    return ClasspathResources.class.getResourceAsStream(uri.getPath());
  }
}
