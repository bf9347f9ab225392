/** Local partnership model. */
package cz.socialinclusion.partnership;
