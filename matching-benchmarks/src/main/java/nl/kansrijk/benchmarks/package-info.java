/** JMH microbenchmarks and quality benchmarks of the kansrijk engine (see docs/benchmarks.md). */
package nl.kansrijk.benchmarks;
