/** What the build ships: the production EAR carries no test support, the integration-test EAR does. */
package it.packaging;
