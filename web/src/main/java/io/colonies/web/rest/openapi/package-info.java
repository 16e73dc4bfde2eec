/**
 * OpenAPI of the REST API: schemas of the wire objects built from the classes themselves (they live
 * in ear/lib, which the annotation scanner does not index), examples, the signature scheme, and the
 * problem+json error responses every operation shares.
 */
package io.colonies.web.rest.openapi;
