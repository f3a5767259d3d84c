/** Classes that break drydock's architecture rules on purpose, so the rules' tests can see them fail. */
package io.drydock.archfixture;
