/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19-11.4.5-MariaDB, for linux-systemd (x86_64)
--
-- Host: 127.0.0.1    Database: cyd
-- ------------------------------------------------------
-- Server version	11.4.5-MariaDB

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*M!100616 SET @OLD_NOTE_VERBOSITY=@@NOTE_VERBOSITY, NOTE_VERBOSITY=0 */;

--
-- Current Database: `cyd`
--

CREATE DATABASE /*!32312 IF NOT EXISTS*/ `cyd` /*!40100 DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci */;

USE `cyd`;

--
-- Table structure for table `DATABASECHANGELOG`
--

DROP TABLE IF EXISTS `DATABASECHANGELOG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `DATABASECHANGELOG` (
  `ID` varchar(255) NOT NULL,
  `AUTHOR` varchar(255) NOT NULL,
  `FILENAME` varchar(255) NOT NULL,
  `DATEEXECUTED` datetime NOT NULL,
  `ORDEREXECUTED` int(11) NOT NULL,
  `EXECTYPE` varchar(10) NOT NULL,
  `MD5SUM` varchar(35) DEFAULT NULL,
  `DESCRIPTION` varchar(255) DEFAULT NULL,
  `COMMENTS` varchar(255) DEFAULT NULL,
  `TAG` varchar(255) DEFAULT NULL,
  `LIQUIBASE` varchar(20) DEFAULT NULL,
  `CONTEXTS` varchar(255) DEFAULT NULL,
  `LABELS` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `DATABASECHANGELOG`
--

LOCK TABLES `DATABASECHANGELOG` WRITE;
/*!40000 ALTER TABLE `DATABASECHANGELOG` DISABLE KEYS */;
INSERT INTO `DATABASECHANGELOG` VALUES
('1-authority','cyd','db/changelog/001-core.sql','2026-12-01 09:34:31',1,'EXECUTED','9:19f46a7a6b20bfad29c408831ec7013b','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('1-area','cyd','db/changelog/001-core.sql','2026-12-01 09:34:31',2,'EXECUTED','9:65e8a229dd98f994c878d3c1c591a101','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('1-person','cyd','db/changelog/001-core.sql','2026-12-01 09:34:31',3,'EXECUTED','9:8983cfd8f55c690a609093333db380b7','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('1-officer-role','cyd','db/changelog/001-core.sql','2026-12-01 09:34:31',4,'EXECUTED','9:0ec1e22c541a1057fb7fd138466242eb','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('1-prompt','cyd','db/changelog/001-core.sql','2026-12-01 09:34:31',5,'EXECUTED','9:248de53776711c845c1b6f250257dc50','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('1-idea','cyd','db/changelog/001-core.sql','2026-12-01 09:34:31',6,'EXECUTED','9:2054043851cfc38e384c9579b4fb11f0','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('1-backing','cyd','db/changelog/001-core.sql','2026-12-01 09:34:31',7,'EXECUTED','9:2893f874ce6c704403740079eacc28e1','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('1-app-secret','cyd','db/changelog/001-core.sql','2026-12-01 09:34:31',8,'EXECUTED','9:52d49ca1d8dcf86406dc652b0b71aa27','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('2-authority-hourly-value','cyd','db/changelog/002-coproduction.sql','2026-12-01 09:34:31',9,'EXECUTED','9:3f72cbaaebbd7f68a2e2136e69f41ffc','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('2-organisation','cyd','db/changelog/002-coproduction.sql','2026-12-01 09:34:31',10,'EXECUTED','9:e5fec9e3c491429436c08a1eea42eaba','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('2-initiative','cyd','db/changelog/002-coproduction.sql','2026-12-01 09:34:31',11,'EXECUTED','9:d334f52bec268d26561a0c8ee7f62a9e','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('2-offer','cyd','db/changelog/002-coproduction.sql','2026-12-01 09:34:31',12,'EXECUTED','9:a1abf8f872e50f2d69054a89a9ba47ba','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('2-contribution','cyd','db/changelog/002-coproduction.sql','2026-12-01 09:34:31',13,'EXECUTED','9:fc8f7e59f7c10b5471a5633c36b28e6d','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('3-idea-answer','cyd','db/changelog/003-idea-answers.sql','2026-12-01 09:34:32',14,'EXECUTED','9:c3742765c11e2f37a3b5ca5301b37074','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('4-prompt-lifecycle','cyd','db/changelog/004-workspace.sql','2026-12-01 09:34:32',15,'EXECUTED','9:94ffab83e42a56b95966a34c7b68474e','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('4-idea-visibility','cyd','db/changelog/004-workspace.sql','2026-12-01 09:34:32',16,'EXECUTED','9:cdf1411a6a5aaafd776872aadc1b59ff','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('4-comment','cyd','db/changelog/004-workspace.sql','2026-12-01 09:34:32',17,'EXECUTED','9:04f3ea78378ea0aaa6168fb38269f9f6','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('4-report','cyd','db/changelog/004-workspace.sql','2026-12-01 09:34:32',18,'EXECUTED','9:753ca9cfa62bb8a695b33076aaeb024f','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('4-moderation-decision','cyd','db/changelog/004-workspace.sql','2026-12-01 09:34:32',19,'EXECUTED','9:ddee67570568df13d5436ca517d41b84','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('4-account-block','cyd','db/changelog/004-workspace.sql','2026-12-01 09:34:32',20,'EXECUTED','9:32ae9703d283d849644467ecc972b04f','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('4-audit-log','cyd','db/changelog/004-workspace.sql','2026-12-01 09:34:32',21,'EXECUTED','9:c56e5a2d50110a484e83e654507c2719','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('4-email','cyd','db/changelog/004-workspace.sql','2026-12-01 09:34:32',22,'EXECUTED','9:791ee2a8b402c7a968189d84870c61c5','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('5-embed-site','cyd','db/changelog/005-embedding.sql','2026-12-01 09:34:32',23,'EXECUTED','9:a49f6caf0963ff087ca1ab95bae8b564','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('6-search-idea','cyd','db/changelog/006-search.sql','2026-12-01 09:34:32',24,'EXECUTED','9:a72c984a1e267c6b2608b7109608414b','sql','',NULL,'4.33.0',NULL,NULL,'6117669907'),
('6-search-initiative','cyd','db/changelog/006-search.sql','2026-12-01 09:34:32',25,'EXECUTED','9:44fba5ad6c391d13a81b625a6a8bc009','sql','',NULL,'4.33.0',NULL,NULL,'6117669907');
/*!40000 ALTER TABLE `DATABASECHANGELOG` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `DATABASECHANGELOGLOCK`
--

DROP TABLE IF EXISTS `DATABASECHANGELOGLOCK`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `DATABASECHANGELOGLOCK` (
  `ID` int(11) NOT NULL,
  `LOCKED` tinyint(1) NOT NULL,
  `LOCKGRANTED` datetime DEFAULT NULL,
  `LOCKEDBY` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `DATABASECHANGELOGLOCK`
--

LOCK TABLES `DATABASECHANGELOGLOCK` WRITE;
/*!40000 ALTER TABLE `DATABASECHANGELOGLOCK` DISABLE KEYS */;
INSERT INTO `DATABASECHANGELOGLOCK` VALUES
(1,0,NULL,NULL);
/*!40000 ALTER TABLE `DATABASECHANGELOGLOCK` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `account_block`
--

DROP TABLE IF EXISTS `account_block`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `account_block` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `authority_id` bigint(20) NOT NULL,
  `person_id` bigint(20) NOT NULL,
  `reason` varchar(1000) NOT NULL,
  `blocked_until` datetime(6) NOT NULL,
  `blocked_by` bigint(20) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_block_authority` (`authority_id`),
  KEY `fk_block_by` (`blocked_by`),
  KEY `ix_block_person` (`person_id`,`authority_id`,`blocked_until`),
  CONSTRAINT `fk_block_authority` FOREIGN KEY (`authority_id`) REFERENCES `authority` (`id`),
  CONSTRAINT `fk_block_by` FOREIGN KEY (`blocked_by`) REFERENCES `person` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_block_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `account_block`
--

LOCK TABLES `account_block` WRITE;
/*!40000 ALTER TABLE `account_block` DISABLE KEYS */;
/*!40000 ALTER TABLE `account_block` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `app_secret`
--

DROP TABLE IF EXISTS `app_secret`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `app_secret` (
  `name` varchar(40) NOT NULL,
  `secret` varchar(200) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `app_secret`
--

LOCK TABLES `app_secret` WRITE;
/*!40000 ALTER TABLE `app_secret` DISABLE KEYS */;
INSERT INTO `app_secret` VALUES
('cookie-signing','vkLks4LVezU414ivou2JPVNwf659eLe2RN8XgQjZ5UXMSWKVaig-jiIHVoXijFXM','2026-12-01 09:34:35.015886');
/*!40000 ALTER TABLE `app_secret` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `area`
--

DROP TABLE IF EXISTS `area`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `area` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `authority_id` bigint(20) NOT NULL,
  `slug` varchar(60) NOT NULL,
  `name_en` varchar(200) NOT NULL,
  `name_cy` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_area_slug` (`authority_id`,`slug`),
  CONSTRAINT `fk_area_authority` FOREIGN KEY (`authority_id`) REFERENCES `authority` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `area`
--

LOCK TABLES `area` WRITE;
/*!40000 ALTER TABLE `area` DISABLE KEYS */;
INSERT INTO `area` VALUES
(1,1,'aberafon','Aberafon','Aberafon'),
(2,1,'llanfair','Llanfair','Llanfair'),
(3,1,'bryn-glas','Bryn Glas','Bryn Glas'),
(4,1,'town-centre','Town Centre','Canol y Dref'),
(5,2,'riverside','Riverside',NULL);
/*!40000 ALTER TABLE `area` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `audit_log`
--

DROP TABLE IF EXISTS `audit_log`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `audit_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `authority_id` bigint(20) NOT NULL,
  `officer_id` bigint(20) DEFAULT NULL,
  `officer_name` varchar(60) NOT NULL,
  `action` varchar(40) NOT NULL,
  `subject_type` varchar(20) NOT NULL,
  `subject_id` bigint(20) DEFAULT NULL,
  `reason` varchar(2000) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_audit_officer` (`officer_id`),
  KEY `ix_audit_authority` (`authority_id`,`id`),
  CONSTRAINT `fk_audit_authority` FOREIGN KEY (`authority_id`) REFERENCES `authority` (`id`),
  CONSTRAINT `fk_audit_officer` FOREIGN KEY (`officer_id`) REFERENCES `person` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `audit_log`
--

LOCK TABLES `audit_log` WRITE;
/*!40000 ALTER TABLE `audit_log` DISABLE KEYS */;
/*!40000 ALTER TABLE `audit_log` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `authority`
--

DROP TABLE IF EXISTS `authority`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `authority` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `slug` varchar(60) NOT NULL,
  `name_en` varchar(200) NOT NULL,
  `name_cy` varchar(200) DEFAULT NULL,
  `bilingual` tinyint(1) NOT NULL DEFAULT 1,
  `colour` char(7) NOT NULL DEFAULT '#0b4f6c',
  `created_at` datetime(6) NOT NULL,
  `hourly_value_pence` int(11) NOT NULL DEFAULT 1650,
  `hourly_value_source` varchar(300) NOT NULL DEFAULT 'ONS Annual Survey of Hours and Earnings (ASHE), Wales, median gross hourly pay excluding overtime, all employees',
  `hourly_value_year` int(11) NOT NULL DEFAULT 2024,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_authority_slug` (`slug`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `authority`
--

LOCK TABLES `authority` WRITE;
/*!40000 ALTER TABLE `authority` DISABLE KEYS */;
INSERT INTO `authority` VALUES
(1,'enghraifft','Example County Council','Cyngor Sir Enghraifft',1,'#0b4f6c','2026-12-01 09:34:34.455318',1650,'ONS Annual Survey of Hours and Earnings (ASHE), Wales, median gross hourly pay excluding overtime, all employees',2024),
(2,'example-borough','Example Borough Council',NULL,0,'#5c2d91','2026-12-01 09:34:34.455318',1650,'ONS Annual Survey of Hours and Earnings (ASHE), Wales, median gross hourly pay excluding overtime, all employees',2024);
/*!40000 ALTER TABLE `authority` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `backing`
--

DROP TABLE IF EXISTS `backing`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `backing` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `idea_id` bigint(20) NOT NULL,
  `person_id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_backing_once` (`idea_id`,`person_id`),
  KEY `ix_backing_person` (`person_id`),
  CONSTRAINT `fk_backing_idea` FOREIGN KEY (`idea_id`) REFERENCES `idea` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_backing_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=50 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `backing`
--

LOCK TABLES `backing` WRITE;
/*!40000 ALTER TABLE `backing` DISABLE KEYS */;
INSERT INTO `backing` VALUES
(1,1,2,'2026-12-01 09:34:34.455318'),
(2,1,3,'2026-12-01 09:34:34.455318'),
(3,1,4,'2026-12-01 09:34:34.455318'),
(4,1,5,'2026-12-01 09:34:34.455318'),
(5,1,6,'2026-12-01 09:34:34.455318'),
(6,1,7,'2026-12-01 09:34:34.455318'),
(7,2,2,'2026-12-01 09:34:34.455318'),
(8,2,3,'2026-12-01 09:34:34.455318'),
(9,2,4,'2026-12-01 09:34:34.455318'),
(10,2,5,'2026-12-01 09:34:34.455318'),
(11,2,6,'2026-12-01 09:34:34.455318'),
(12,3,2,'2026-12-01 09:34:34.455318'),
(13,3,3,'2026-12-01 09:34:34.455318'),
(14,3,4,'2026-12-01 09:34:34.455318'),
(15,3,5,'2026-12-01 09:34:34.455318'),
(16,4,2,'2026-12-01 09:34:34.455318'),
(17,4,3,'2026-12-01 09:34:34.455318'),
(18,4,4,'2026-12-01 09:34:34.455318'),
(19,5,2,'2026-12-01 09:34:34.455318'),
(20,6,2,'2026-12-01 09:34:34.455318'),
(21,6,3,'2026-12-01 09:34:34.455318'),
(22,6,4,'2026-12-01 09:34:34.455318'),
(23,6,5,'2026-12-01 09:34:34.455318'),
(24,6,6,'2026-12-01 09:34:34.455318'),
(25,6,7,'2026-12-01 09:34:34.455318'),
(26,6,8,'2026-12-01 09:34:34.455318'),
(27,7,2,'2026-12-01 09:34:34.455318'),
(28,7,3,'2026-12-01 09:34:34.455318'),
(29,8,2,'2026-12-01 09:34:34.455318'),
(30,8,3,'2026-12-01 09:34:34.455318'),
(31,8,4,'2026-12-01 09:34:34.455318'),
(32,9,2,'2026-12-01 09:34:34.455318'),
(33,9,3,'2026-12-01 09:34:34.455318'),
(34,9,4,'2026-12-01 09:34:34.455318'),
(35,9,5,'2026-12-01 09:34:34.455318'),
(36,9,6,'2026-12-01 09:34:34.455318'),
(37,10,2,'2026-12-01 09:34:34.455318'),
(38,10,3,'2026-12-01 09:34:34.455318'),
(39,10,4,'2026-12-01 09:34:34.455318'),
(40,10,5,'2026-12-01 09:34:34.455318'),
(41,10,6,'2026-12-01 09:34:34.455318'),
(42,10,7,'2026-12-01 09:34:34.455318'),
(43,11,2,'2026-12-01 09:34:34.455318'),
(44,11,3,'2026-12-01 09:34:34.455318'),
(45,11,4,'2026-12-01 09:34:34.455318'),
(46,11,5,'2026-12-01 09:34:34.455318'),
(47,12,2,'2026-12-01 09:34:34.455318'),
(48,12,3,'2026-12-01 09:34:34.455318'),
(49,10,10,'2026-12-01 09:35:06.849488');
/*!40000 ALTER TABLE `backing` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `content_report`
--

DROP TABLE IF EXISTS `content_report`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `content_report` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `authority_id` bigint(20) NOT NULL,
  `content_type` varchar(8) NOT NULL,
  `content_id` bigint(20) NOT NULL,
  `person_id` bigint(20) NOT NULL,
  `reason` varchar(20) NOT NULL,
  `detail` varchar(500) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_report_once` (`content_type`,`content_id`,`person_id`),
  KEY `fk_report_authority` (`authority_id`),
  KEY `fk_report_person` (`person_id`),
  CONSTRAINT `fk_report_authority` FOREIGN KEY (`authority_id`) REFERENCES `authority` (`id`),
  CONSTRAINT `fk_report_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `content_report`
--

LOCK TABLES `content_report` WRITE;
/*!40000 ALTER TABLE `content_report` DISABLE KEYS */;
/*!40000 ALTER TABLE `content_report` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `contribution`
--

DROP TABLE IF EXISTS `contribution`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `contribution` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `initiative_id` bigint(20) NOT NULL,
  `person_id` bigint(20) DEFAULT NULL,
  `kind` varchar(10) NOT NULL,
  `minutes` int(11) DEFAULT NULL,
  `description` varchar(300) NOT NULL,
  `given_on` date NOT NULL,
  `note` varchar(500) DEFAULT NULL,
  `status` varchar(12) NOT NULL,
  `decided_by` bigint(20) DEFAULT NULL,
  `decided_at` datetime(6) DEFAULT NULL,
  `query_reason` varchar(500) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_contribution_initiative` (`initiative_id`,`status`,`given_on`),
  KEY `ix_contribution_person_day` (`person_id`,`given_on`),
  KEY `fk_contribution_decided_by` (`decided_by`),
  CONSTRAINT `fk_contribution_decided_by` FOREIGN KEY (`decided_by`) REFERENCES `person` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_contribution_initiative` FOREIGN KEY (`initiative_id`) REFERENCES `initiative` (`id`),
  CONSTRAINT `fk_contribution_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB AUTO_INCREMENT=29 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `contribution`
--

LOCK TABLES `contribution` WRITE;
/*!40000 ALTER TABLE `contribution` DISABLE KEYS */;
INSERT INTO `contribution` VALUES
(1,1,2,'HOURS',120,'Litter-pick','2026-06-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(2,1,3,'HOURS',135,'Litter-pick','2026-06-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(3,1,4,'HOURS',150,'Litter-pick','2026-06-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(4,1,5,'HOURS',165,'Litter-pick','2026-06-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(5,1,2,'HOURS',120,'Litter-pick','2026-07-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(6,1,3,'HOURS',135,'Litter-pick','2026-07-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(7,1,4,'HOURS',150,'Litter-pick','2026-07-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(8,1,5,'HOURS',165,'Litter-pick','2026-07-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(9,1,2,'HOURS',120,'Litter-pick','2026-08-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(10,1,3,'HOURS',135,'Litter-pick','2026-08-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(11,1,4,'HOURS',150,'Litter-pick','2026-08-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(12,1,5,'HOURS',165,'Litter-pick','2026-08-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(13,1,2,'HOURS',120,'Litter-pick','2026-09-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(14,1,3,'HOURS',135,'Litter-pick','2026-09-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(15,1,4,'HOURS',150,'Litter-pick','2026-09-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(16,1,5,'HOURS',165,'Litter-pick','2026-09-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(17,1,2,'HOURS',120,'Litter-pick','2026-10-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(18,1,3,'HOURS',135,'Litter-pick','2026-10-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(19,1,4,'HOURS',150,'Litter-pick','2026-10-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(20,1,5,'HOURS',165,'Litter-pick','2026-10-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(21,1,2,'HOURS',120,'Litter-pick','2026-11-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(22,1,3,'HOURS',135,'Litter-pick','2026-11-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(23,1,4,'HOURS',150,'Litter-pick','2026-11-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(24,1,5,'HOURS',165,'Litter-pick','2026-11-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(25,1,2,'HOURS',120,'Litter-pick','2026-12-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(26,1,3,'HOURS',135,'Litter-pick','2026-12-01',NULL,'CONFIRMED',1,'2026-12-01 09:34:34.455318',NULL,'2026-12-01 09:34:34.455318'),
(27,1,4,'HOURS',150,'Litter-pick','2026-12-01',NULL,'PENDING',NULL,NULL,NULL,'2026-12-01 09:34:34.455318'),
(28,1,5,'HOURS',165,'Litter-pick','2026-12-01',NULL,'PENDING',NULL,NULL,NULL,'2026-12-01 09:34:34.455318');
/*!40000 ALTER TABLE `contribution` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `email_outbox`
--

DROP TABLE IF EXISTS `email_outbox`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `email_outbox` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `to_address` varchar(254) NOT NULL,
  `subject` varchar(300) NOT NULL,
  `body` text NOT NULL,
  `unsubscribe_url` varchar(500) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `sent_at` datetime(6) DEFAULT NULL,
  `attempts` int(11) NOT NULL DEFAULT 0,
  `next_attempt_at` datetime(6) NOT NULL,
  `last_error` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_outbox_due` (`sent_at`,`next_attempt_at`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `email_outbox`
--

LOCK TABLES `email_outbox` WRITE;
/*!40000 ALTER TABLE `email_outbox` DISABLE KEYS */;
INSERT INTO `email_outbox` VALUES
(1,'olwen@example.org','Confirm your email address','Hello Olwen Hen,\n\nThank you for joining Cyd. Follow this link to confirm your email address. Until you do, you can read everything but cannot share ideas, back them or comment.\n\nhttp://localhost:8080/en/account/verify?token=eww6z9u54mfXIfifLCeNdsJeYTK36bmAnQ6nHUSL8Rc\n\nThe link works for 24 hours.\n\nIf you did not create an account on Cyd, you can ignore this email.\n\n-- \nCyd',NULL,'2026-12-01 09:34:39.724158','2026-12-01 09:34:44.076901',1,'2026-12-01 09:44:44.012228',NULL);
/*!40000 ALTER TABLE `email_outbox` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `email_token`
--

DROP TABLE IF EXISTS `email_token`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `email_token` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` bigint(20) NOT NULL,
  `purpose` varchar(10) NOT NULL,
  `token_hash` char(64) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `used_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_email_token` (`token_hash`),
  KEY `fk_email_token_person` (`person_id`),
  CONSTRAINT `fk_email_token_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `email_token`
--

LOCK TABLES `email_token` WRITE;
/*!40000 ALTER TABLE `email_token` DISABLE KEYS */;
INSERT INTO `email_token` VALUES
(1,10,'verify','9121c0a85efd1f8d3fb64b0f0f9af3206d37dcd6a1b7608d8d795243988c3965','2026-12-02 09:34:39.678952','2026-12-01 09:34:49.881968','2026-12-01 09:34:39.678952');
/*!40000 ALTER TABLE `email_token` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `embed_site`
--

DROP TABLE IF EXISTS `embed_site`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `embed_site` (
  `authority_id` bigint(20) NOT NULL,
  `origin` varchar(200) NOT NULL,
  PRIMARY KEY (`authority_id`,`origin`),
  CONSTRAINT `fk_embed_site_authority` FOREIGN KEY (`authority_id`) REFERENCES `authority` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `embed_site`
--

LOCK TABLES `embed_site` WRITE;
/*!40000 ALTER TABLE `embed_site` DISABLE KEYS */;
/*!40000 ALTER TABLE `embed_site` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `idea`
--

DROP TABLE IF EXISTS `idea`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `idea` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `prompt_id` bigint(20) NOT NULL,
  `area_id` bigint(20) DEFAULT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  `title` varchar(120) NOT NULL,
  `description` text NOT NULL,
  `language` char(2) NOT NULL,
  `status` varchar(24) NOT NULL,
  `backing_count` int(11) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `answer` text DEFAULT NULL,
  `answer_language` char(2) DEFAULT NULL,
  `answered_at` datetime(6) DEFAULT NULL,
  `answered_by` bigint(20) DEFAULT NULL,
  `merged_to` bigint(20) DEFAULT NULL,
  `visibility` varchar(8) NOT NULL DEFAULT 'SHOWN',
  `report_count` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `fk_idea_area` (`area_id`),
  KEY `ix_idea_prompt_top` (`prompt_id`,`backing_count`,`id`),
  KEY `ix_idea_prompt_new` (`prompt_id`,`id`),
  KEY `ix_idea_author` (`author_id`),
  KEY `fk_idea_answered_by` (`answered_by`),
  KEY `fk_idea_merged_to` (`merged_to`),
  KEY `ix_idea_prompt_visibility` (`prompt_id`,`visibility`),
  FULLTEXT KEY `ft_idea` (`title`,`description`),
  CONSTRAINT `fk_idea_answered_by` FOREIGN KEY (`answered_by`) REFERENCES `person` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_idea_area` FOREIGN KEY (`area_id`) REFERENCES `area` (`id`),
  CONSTRAINT `fk_idea_author` FOREIGN KEY (`author_id`) REFERENCES `person` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_idea_merged_to` FOREIGN KEY (`merged_to`) REFERENCES `idea` (`id`),
  CONSTRAINT `fk_idea_prompt` FOREIGN KEY (`prompt_id`) REFERENCES `prompt` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=14 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `idea`
--

LOCK TABLES `idea` WRITE;
/*!40000 ALTER TABLE `idea` DISABLE KEYS */;
INSERT INTO `idea` VALUES
(1,1,1,2,'Perllan gymunedol yn y parc','Plannu coed afalau a gellyg ar y llain wag ger y maes chwarae, a\'u cynnal gyda\'r ysgol gynradd.','cy','SUBMITTED',6,'2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'SHOWN',0),
(2,1,2,4,'Monthly litter-pick with the scouts','The 1st Llanfair Scouts would lead a litter-pick on the first Saturday of each month if the council lends pickers and collects the bags.','en','TAKEN_FORWARD',5,'2026-12-01 09:34:34.455318','Mae\'r cyngor yn rhoi benthyg offer casglu sbwriel ac yn casglu\'r bagiau bob dydd Llun.','cy','2026-12-01 09:34:34.455318',1,NULL,'SHOWN',0),
(3,1,NULL,5,'Wildflower verges instead of mowing','Let us sow wildflowers on three verges; residents on each street would water them in the first summer.','en','SUBMITTED',4,'2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'SHOWN',0),
(4,1,3,6,'Clwb garddio i blant','Sesiynau garddio ar brynhawn Sadwrn yn yr ardd gymunedol, wedi\'u harwain gan wirfoddolwyr.','cy','SUBMITTED',3,'2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'SHOWN',0),
(5,1,NULL,7,'Fix the benches together','A repair day for the broken benches: the council brings timber, we bring hands and tea.','en','SUBMITTED',1,'2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'SHOWN',0),
(6,2,NULL,3,'Te a sgwrs yn y llyfrgell','Bore coffi wythnosol yn y llyfrgell i bobl sy\'n byw ar eu pennau eu hunain, gyda lifftiau gan yrwyr gwirfoddol.','cy','SUBMITTED',7,'2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'SHOWN',0),
(7,2,NULL,8,'Galwadau ffôn cyfeillgarwch','Rhestr o wirfoddolwyr sy\'n ffonio cymdogion unwaith yr wythnos, drwy\'r gymdeithas dai.','cy','SUBMITTED',2,'2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'SHOWN',0),
(8,2,2,9,'Street WhatsApp groups','Help each street set up a group so neighbours can check in on each other during cold snaps.','en','SUBMITTED',3,'2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'SHOWN',0),
(9,2,NULL,4,'Warm space with board games','Open the community centre two evenings a week with games, soup and a friendly face.','en','SUBMITTED',5,'2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'SHOWN',0),
(10,3,4,7,'Repair café','A repair café one Saturday a month: volunteers fix bikes, clothes and small electricals.','en','SUBMITTED',7,'2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'SHOWN',0),
(11,3,4,2,'Siop gymunedol ail-law','Siop wedi\'i rhedeg gan wirfoddolwyr yn gwerthu dillad a llyfrau ail-law, gyda\'r elw i\'r banc bwyd.','cy','SUBMITTED',4,'2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'SHOWN',0),
(12,3,4,6,'Gofod i artistiaid lleol','Oriel dros dro lle mae artistiaid a disgyblion yn arddangos ac yn cynnal gweithdai.','cy','SUBMITTED',2,'2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'SHOWN',0),
(13,3,NULL,10,'Bring back the Saturday market','Stalls for local growers in the square, run by volunteers.','en','SUBMITTED',0,'2026-12-01 09:35:06.714611',NULL,NULL,NULL,NULL,NULL,'SHOWN',0);
/*!40000 ALTER TABLE `idea` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `idea_comment`
--

DROP TABLE IF EXISTS `idea_comment`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `idea_comment` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `idea_id` bigint(20) NOT NULL,
  `parent_id` bigint(20) DEFAULT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  `body` text NOT NULL,
  `language` char(2) NOT NULL,
  `official` tinyint(1) NOT NULL DEFAULT 0,
  `visibility` varchar(8) NOT NULL DEFAULT 'SHOWN',
  `report_count` int(11) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_comment_parent` (`parent_id`),
  KEY `ix_comment_idea` (`idea_id`,`visibility`,`id`),
  KEY `ix_comment_author` (`author_id`),
  CONSTRAINT `fk_comment_author` FOREIGN KEY (`author_id`) REFERENCES `person` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_comment_idea` FOREIGN KEY (`idea_id`) REFERENCES `idea` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_comment_parent` FOREIGN KEY (`parent_id`) REFERENCES `idea_comment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `idea_comment`
--

LOCK TABLES `idea_comment` WRITE;
/*!40000 ALTER TABLE `idea_comment` DISABLE KEYS */;
INSERT INTO `idea_comment` VALUES
(1,1,NULL,3,'Syniad gwych. Mae gen i ysgol fforch a rhaw y gallwn eu benthyg.','cy',0,'SHOWN',0,'2026-12-01 07:34:34.455318'),
(2,1,1,2,'Diolch Gareth! Byddai hynny\'n help mawr.','cy',0,'SHOWN',0,'2026-12-01 08:34:34.455318'),
(3,1,NULL,4,'Could some of the trees be planted at wheelchair height so everyone can pick the fruit?','en',0,'SHOWN',0,'2026-12-01 09:04:34.455318'),
(4,1,NULL,1,'Mae\'r tîm parciau wedi edrych ar y llain: mae\'n addas, a gallwn ddarparu\'r coed a\'r pyst.','cy',1,'SHOWN',0,'2026-12-01 09:34:34.455318');
/*!40000 ALTER TABLE `idea_comment` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `initiative`
--

DROP TABLE IF EXISTS `initiative`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `initiative` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `authority_id` bigint(20) NOT NULL,
  `area_id` bigint(20) DEFAULT NULL,
  `idea_id` bigint(20) DEFAULT NULL,
  `title` varchar(120) NOT NULL,
  `description` text NOT NULL,
  `language` char(2) NOT NULL,
  `status` varchar(12) NOT NULL,
  `approval` varchar(12) NOT NULL,
  `started_by` bigint(20) DEFAULT NULL,
  `council_commitment` text DEFAULT NULL,
  `council_amount_pence` bigint(20) DEFAULT NULL,
  `member_count` int(11) NOT NULL DEFAULT 0,
  `confirmed_minutes` bigint(20) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_initiative_authority` (`authority_id`,`approval`,`id`),
  KEY `ix_initiative_idea` (`idea_id`),
  KEY `fk_initiative_area` (`area_id`),
  KEY `fk_initiative_started_by` (`started_by`),
  FULLTEXT KEY `ft_initiative` (`title`,`description`),
  CONSTRAINT `fk_initiative_area` FOREIGN KEY (`area_id`) REFERENCES `area` (`id`),
  CONSTRAINT `fk_initiative_authority` FOREIGN KEY (`authority_id`) REFERENCES `authority` (`id`),
  CONSTRAINT `fk_initiative_idea` FOREIGN KEY (`idea_id`) REFERENCES `idea` (`id`),
  CONSTRAINT `fk_initiative_started_by` FOREIGN KEY (`started_by`) REFERENCES `person` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `initiative`
--

LOCK TABLES `initiative` WRITE;
/*!40000 ALTER TABLE `initiative` DISABLE KEYS */;
INSERT INTO `initiative` VALUES
(1,1,2,2,'Llanfair monthly litter-pick','On the first Saturday of each month the 1st Llanfair Scouts, the Friends of Llanfair Park and anyone who wants to come clear litter from the park and the riverside path.','en','ACTIVE','APPROVED',1,'Litter pickers, gloves and high-visibility vests on loan; bags collected from the park gate on Monday mornings; public liability insurance.',75000,5,3675,'2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318'),
(2,1,4,NULL,'Caffi trwsio yn y llyfrgell','Caffi trwsio unwaith y mis yn llyfrgell canol y dref.','cy','FORMING','PENDING',7,NULL,NULL,0,0,'2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318');
/*!40000 ALTER TABLE `initiative` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `initiative_need`
--

DROP TABLE IF EXISTS `initiative_need`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `initiative_need` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `initiative_id` bigint(20) NOT NULL,
  `kind` varchar(10) NOT NULL,
  `description` varchar(300) NOT NULL,
  `quantity` int(11) DEFAULT NULL,
  `when_text` varchar(200) DEFAULT NULL,
  `where_text` varchar(200) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_need_initiative` (`initiative_id`),
  CONSTRAINT `fk_need_initiative` FOREIGN KEY (`initiative_id`) REFERENCES `initiative` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `initiative_need`
--

LOCK TABLES `initiative_need` WRITE;
/*!40000 ALTER TABLE `initiative_need` DISABLE KEYS */;
INSERT INTO `initiative_need` VALUES
(1,1,'TIME','Pickers for two hours on the first Saturday',12,'First Saturday, 10am to 12pm','Llanfair Park gate','2026-12-01 09:34:34.455318'),
(2,1,'SKILL','Someone with first-aid training',1,'Each session',NULL,'2026-12-01 09:34:34.455318'),
(3,1,'RESOURCE','A car to take full bags to the gate',1,NULL,NULL,'2026-12-01 09:34:34.455318');
/*!40000 ALTER TABLE `initiative_need` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `initiative_partner`
--

DROP TABLE IF EXISTS `initiative_partner`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `initiative_partner` (
  `initiative_id` bigint(20) NOT NULL,
  `organisation_id` bigint(20) NOT NULL,
  `added_by` bigint(20) DEFAULT NULL,
  `added_at` datetime(6) NOT NULL,
  PRIMARY KEY (`initiative_id`,`organisation_id`),
  KEY `ix_partner_organisation` (`organisation_id`),
  KEY `fk_partner_added_by` (`added_by`),
  CONSTRAINT `fk_partner_added_by` FOREIGN KEY (`added_by`) REFERENCES `person` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_partner_initiative` FOREIGN KEY (`initiative_id`) REFERENCES `initiative` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_partner_organisation` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `initiative_partner`
--

LOCK TABLES `initiative_partner` WRITE;
/*!40000 ALTER TABLE `initiative_partner` DISABLE KEYS */;
INSERT INTO `initiative_partner` VALUES
(1,1,6,'2026-12-01 09:34:34.455318');
/*!40000 ALTER TABLE `initiative_partner` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `initiative_update`
--

DROP TABLE IF EXISTS `initiative_update`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `initiative_update` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `initiative_id` bigint(20) NOT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  `body` text NOT NULL,
  `language` char(2) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_update_initiative` (`initiative_id`,`id`),
  KEY `fk_update_author` (`author_id`),
  CONSTRAINT `fk_update_author` FOREIGN KEY (`author_id`) REFERENCES `person` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_update_initiative` FOREIGN KEY (`initiative_id`) REFERENCES `initiative` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `initiative_update`
--

LOCK TABLES `initiative_update` WRITE;
/*!40000 ALTER TABLE `initiative_update` DISABLE KEYS */;
INSERT INTO `initiative_update` VALUES
(1,1,1,'Diolch i bawb a ddaeth ddydd Sadwrn: 14 bag o sbwriel! Thank you to everyone who came on Saturday: 14 bags.','cy','2026-12-01 09:34:34.455318');
/*!40000 ALTER TABLE `initiative_update` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `moderation_decision`
--

DROP TABLE IF EXISTS `moderation_decision`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `moderation_decision` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `authority_id` bigint(20) NOT NULL,
  `content_type` varchar(8) NOT NULL,
  `content_id` bigint(20) NOT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  `action` varchar(10) NOT NULL,
  `reason` varchar(20) DEFAULT NULL,
  `detail` varchar(1000) DEFAULT NULL,
  `moderator_id` bigint(20) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `appeal_text` varchar(2000) DEFAULT NULL,
  `appealed_at` datetime(6) DEFAULT NULL,
  `appeal_outcome` varchar(10) DEFAULT NULL,
  `appeal_note` varchar(1000) DEFAULT NULL,
  `appeal_decided_by` bigint(20) DEFAULT NULL,
  `appeal_decided_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_decision_moderator` (`moderator_id`),
  KEY `fk_decision_appeal_by` (`appeal_decided_by`),
  KEY `ix_decision_authority` (`authority_id`,`action`,`created_at`),
  KEY `ix_decision_content` (`content_type`,`content_id`),
  KEY `ix_decision_author` (`author_id`),
  CONSTRAINT `fk_decision_appeal_by` FOREIGN KEY (`appeal_decided_by`) REFERENCES `person` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_decision_author` FOREIGN KEY (`author_id`) REFERENCES `person` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_decision_authority` FOREIGN KEY (`authority_id`) REFERENCES `authority` (`id`),
  CONSTRAINT `fk_decision_moderator` FOREIGN KEY (`moderator_id`) REFERENCES `person` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `moderation_decision`
--

LOCK TABLES `moderation_decision` WRITE;
/*!40000 ALTER TABLE `moderation_decision` DISABLE KEYS */;
/*!40000 ALTER TABLE `moderation_decision` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `offer`
--

DROP TABLE IF EXISTS `offer`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `offer` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `initiative_id` bigint(20) NOT NULL,
  `person_id` bigint(20) NOT NULL,
  `organisation_id` bigint(20) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `weekday_daytimes` tinyint(1) NOT NULL DEFAULT 0,
  `evenings` tinyint(1) NOT NULL DEFAULT 0,
  `weekends` tinyint(1) NOT NULL DEFAULT 0,
  `one_off_date` date DEFAULT NULL,
  `area_id` bigint(20) DEFAULT NULL,
  `from_home` tinyint(1) NOT NULL DEFAULT 0,
  `share_email` tinyint(1) NOT NULL DEFAULT 0,
  `status` varchar(12) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_offer_once` (`initiative_id`,`person_id`),
  KEY `ix_offer_person` (`person_id`),
  KEY `ix_offer_organisation` (`organisation_id`),
  KEY `fk_offer_area` (`area_id`),
  CONSTRAINT `fk_offer_area` FOREIGN KEY (`area_id`) REFERENCES `area` (`id`),
  CONSTRAINT `fk_offer_initiative` FOREIGN KEY (`initiative_id`) REFERENCES `initiative` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_offer_organisation` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_offer_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `offer`
--

LOCK TABLES `offer` WRITE;
/*!40000 ALTER TABLE `offer` DISABLE KEYS */;
INSERT INTO `offer` VALUES
(1,1,2,NULL,'Gallaf ddod â the a bisgedi.',0,0,1,NULL,2,0,1,'ACTIVE','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318'),
(2,1,3,NULL,NULL,0,0,1,NULL,2,0,0,'ACTIVE','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318'),
(3,1,4,NULL,NULL,0,0,1,NULL,2,0,1,'ACTIVE','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318'),
(4,1,5,NULL,NULL,0,0,1,NULL,2,0,0,'ACTIVE','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318'),
(5,1,6,1,NULL,0,0,1,NULL,2,0,1,'ACTIVE','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318');
/*!40000 ALTER TABLE `offer` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `offer_need`
--

DROP TABLE IF EXISTS `offer_need`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `offer_need` (
  `offer_id` bigint(20) NOT NULL,
  `need_id` bigint(20) NOT NULL,
  PRIMARY KEY (`offer_id`,`need_id`),
  KEY `fk_offer_need_need` (`need_id`),
  CONSTRAINT `fk_offer_need_need` FOREIGN KEY (`need_id`) REFERENCES `initiative_need` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_offer_need_offer` FOREIGN KEY (`offer_id`) REFERENCES `offer` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `offer_need`
--

LOCK TABLES `offer_need` WRITE;
/*!40000 ALTER TABLE `offer_need` DISABLE KEYS */;
/*!40000 ALTER TABLE `offer_need` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `officer_role`
--

DROP TABLE IF EXISTS `officer_role`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `officer_role` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` bigint(20) NOT NULL,
  `authority_id` bigint(20) NOT NULL,
  `role` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_officer_role` (`person_id`,`authority_id`,`role`),
  KEY `fk_officer_role_authority` (`authority_id`),
  CONSTRAINT `fk_officer_role_authority` FOREIGN KEY (`authority_id`) REFERENCES `authority` (`id`),
  CONSTRAINT `fk_officer_role_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `officer_role`
--

LOCK TABLES `officer_role` WRITE;
/*!40000 ALTER TABLE `officer_role` DISABLE KEYS */;
INSERT INTO `officer_role` VALUES
(3,1,1,'admin'),
(2,1,1,'moderator'),
(1,1,1,'officer');
/*!40000 ALTER TABLE `officer_role` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `organisation`
--

DROP TABLE IF EXISTS `organisation`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `organisation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `authority_id` bigint(20) NOT NULL,
  `name` varchar(200) NOT NULL,
  `charity_number` varchar(20) DEFAULT NULL,
  `company_number` varchar(20) DEFAULT NULL,
  `description` text NOT NULL,
  `language` char(2) NOT NULL,
  `website` varchar(300) DEFAULT NULL,
  `contact_email` varchar(254) DEFAULT NULL,
  `contact_phone` varchar(40) DEFAULT NULL,
  `verified_at` datetime(6) DEFAULT NULL,
  `verified_by` bigint(20) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_organisation_name` (`authority_id`,`name`),
  KEY `fk_organisation_verified_by` (`verified_by`),
  CONSTRAINT `fk_organisation_authority` FOREIGN KEY (`authority_id`) REFERENCES `authority` (`id`),
  CONSTRAINT `fk_organisation_verified_by` FOREIGN KEY (`verified_by`) REFERENCES `person` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `organisation`
--

LOCK TABLES `organisation` WRITE;
/*!40000 ALTER TABLE `organisation` DISABLE KEYS */;
INSERT INTO `organisation` VALUES
(1,1,'Cyfeillion Parc Llanfair / Friends of Llanfair Park','1098765',NULL,'Gwirfoddolwyr sy\'n gofalu am Barc Llanfair ers 1998. Volunteers caring for Llanfair Park since 1998.','cy','https://example.org/cyfeillion-parc-llanfair','helo@cyfeillion.example',NULL,'2026-12-01 09:34:34.455318',1,'2026-12-01 09:34:34.455318');
/*!40000 ALTER TABLE `organisation` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `organisation_area`
--

DROP TABLE IF EXISTS `organisation_area`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `organisation_area` (
  `organisation_id` bigint(20) NOT NULL,
  `area_id` bigint(20) NOT NULL,
  PRIMARY KEY (`organisation_id`,`area_id`),
  KEY `fk_organisation_area_area` (`area_id`),
  CONSTRAINT `fk_organisation_area_area` FOREIGN KEY (`area_id`) REFERENCES `area` (`id`),
  CONSTRAINT `fk_organisation_area_org` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `organisation_area`
--

LOCK TABLES `organisation_area` WRITE;
/*!40000 ALTER TABLE `organisation_area` DISABLE KEYS */;
INSERT INTO `organisation_area` VALUES
(1,2);
/*!40000 ALTER TABLE `organisation_area` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `organisation_rep`
--

DROP TABLE IF EXISTS `organisation_rep`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `organisation_rep` (
  `organisation_id` bigint(20) NOT NULL,
  `person_id` bigint(20) NOT NULL,
  PRIMARY KEY (`organisation_id`,`person_id`),
  KEY `ix_organisation_rep_person` (`person_id`),
  CONSTRAINT `fk_organisation_rep_org` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_organisation_rep_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `organisation_rep`
--

LOCK TABLES `organisation_rep` WRITE;
/*!40000 ALTER TABLE `organisation_rep` DISABLE KEYS */;
INSERT INTO `organisation_rep` VALUES
(1,6);
/*!40000 ALTER TABLE `organisation_rep` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `person`
--

DROP TABLE IF EXISTS `person`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `person` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `display_name` varchar(60) NOT NULL,
  `password_hash` varchar(100) NOT NULL,
  `language` char(2) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `email_verified_at` datetime(6) DEFAULT NULL,
  `notify_answers` tinyint(1) NOT NULL DEFAULT 1,
  `language_known` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_person_email` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `person`
--

LOCK TABLES `person` WRITE;
/*!40000 ALTER TABLE `person` DISABLE KEYS */;
INSERT INTO `person` VALUES
(1,'officer@enghraifft.example','Swyddog Enghraifft','$2a$10$HjQ0Ya/YfjhkgHHCmaMRs.JkFns19Oo35iZngA3SJa/P6ObK42H.e','cy','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',1,1),
(2,'elin@residents.example','Elin','$2a$10$xFuiIqM0fATWARzHFivvNeRh9lJUcz2KnhcvyurAR3goPsLEG8.hi','cy','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',1,1),
(3,'gareth@residents.example','Gareth','$2a$10$xFuiIqM0fATWARzHFivvNeRh9lJUcz2KnhcvyurAR3goPsLEG8.hi','cy','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',1,1),
(4,'aisha@residents.example','Aisha','$2a$10$xFuiIqM0fATWARzHFivvNeRh9lJUcz2KnhcvyurAR3goPsLEG8.hi','en','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',1,1),
(5,'tom@residents.example','Tom','$2a$10$xFuiIqM0fATWARzHFivvNeRh9lJUcz2KnhcvyurAR3goPsLEG8.hi','en','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',1,1),
(6,'nia@residents.example','Nia','$2a$10$xFuiIqM0fATWARzHFivvNeRh9lJUcz2KnhcvyurAR3goPsLEG8.hi','cy','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',1,1),
(7,'priya@residents.example','Priya','$2a$10$xFuiIqM0fATWARzHFivvNeRh9lJUcz2KnhcvyurAR3goPsLEG8.hi','en','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',1,1),
(8,'dafydd@residents.example','Dafydd','$2a$10$xFuiIqM0fATWARzHFivvNeRh9lJUcz2KnhcvyurAR3goPsLEG8.hi','cy','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',1,1),
(9,'sam@residents.example','Sam','$2a$10$xFuiIqM0fATWARzHFivvNeRh9lJUcz2KnhcvyurAR3goPsLEG8.hi','en','2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',1,1),
(10,'olwen@example.org','Olwen Hen','$2a$10$44I1r2.dCDa/FGAovkAQCu29drQXEsUujRbevrmlopkec3TTzu5Au','en','2026-12-01 09:34:39.674767','2026-12-01 09:34:49.881968',1,1);
/*!40000 ALTER TABLE `person` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `prompt`
--

DROP TABLE IF EXISTS `prompt`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `prompt` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `authority_id` bigint(20) NOT NULL,
  `area_id` bigint(20) DEFAULT NULL,
  `title_en` varchar(200) DEFAULT NULL,
  `title_cy` varchar(200) DEFAULT NULL,
  `body_en` text DEFAULT NULL,
  `body_cy` text DEFAULT NULL,
  `status` varchar(12) NOT NULL,
  `closes_at` datetime(6) DEFAULT NULL,
  `published_at` datetime(6) DEFAULT NULL,
  `closed_at` datetime(6) DEFAULT NULL,
  `idea_count` int(11) NOT NULL DEFAULT 0,
  `created_by` bigint(20) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `opens_at` datetime(6) DEFAULT NULL,
  `responded_at` datetime(6) DEFAULT NULL,
  `archived_at` datetime(6) DEFAULT NULL,
  `response_en` text DEFAULT NULL,
  `response_cy` text DEFAULT NULL,
  `moderation` varchar(4) NOT NULL DEFAULT 'POST',
  `promise_backers` int(11) DEFAULT NULL,
  `promise_days` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_prompt_area` (`area_id`),
  KEY `fk_prompt_created_by` (`created_by`),
  KEY `ix_prompt_authority_status` (`authority_id`,`status`,`published_at`),
  KEY `ix_prompt_status_opens` (`status`,`opens_at`),
  KEY `ix_prompt_status_closes` (`status`,`closes_at`),
  CONSTRAINT `fk_prompt_area` FOREIGN KEY (`area_id`) REFERENCES `area` (`id`),
  CONSTRAINT `fk_prompt_authority` FOREIGN KEY (`authority_id`) REFERENCES `authority` (`id`),
  CONSTRAINT `fk_prompt_created_by` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `prompt`
--

LOCK TABLES `prompt` WRITE;
/*!40000 ALTER TABLE `prompt` DISABLE KEYS */;
INSERT INTO `prompt` VALUES
(1,1,NULL,'What would you like to do with us to make our parks and green spaces better?','Beth hoffech chi ei wneud gyda ni i wella ein parciau a\'n mannau gwyrdd?','The council looks after 40 parks and play areas. We can bring tools, skips, insurance and staff time. Tell us what you would like to do, and who you would do it with.','Mae\'r cyngor yn gofalu am 40 o barciau a mannau chwarae. Gallwn ddod ag offer, sgipiau, yswiriant ac amser staff. Dywedwch wrthym beth hoffech chi ei wneud, a gyda phwy.','OPEN','2027-01-15 09:34:34.455318','2026-12-01 09:34:34.455318',NULL,5,1,'2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'POST',5,20),
(2,1,NULL,'How could we work with you so that nobody in your street feels alone this winter?','Sut gallem ni weithio gyda chi fel nad oes neb yn eich stryd yn teimlo\'n unig y gaeaf hwn?','Community centres, libraries and voluntary groups already run a lot. What could you start or join?','Mae canolfannau cymunedol, llyfrgelloedd a grwpiau gwirfoddol eisoes yn cynnal llawer. Beth allech chi ei ddechrau neu ymuno ag ef?','OPEN','2027-01-30 09:34:34.455318','2026-12-01 09:34:34.455318',NULL,4,1,'2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'POST',NULL,NULL),
(3,1,4,'What would you like to do with us to bring empty shops in the town centre back to life?','Beth hoffech chi ei wneud gyda ni i ddod â siopau gwag canol y dref yn ôl yn fyw?','We can offer short, low-cost leases on six empty units we own. What would you run in one?','Gallwn gynnig prydlesi byr, rhad ar chwe uned wag sy\'n eiddo i ni. Beth fyddech chi\'n ei gynnal mewn un?','OPEN',NULL,'2026-12-01 09:34:34.455318',NULL,4,1,'2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'POST',NULL,NULL),
(4,2,5,'What would you like to do with us to keep the riverside clean?',NULL,'Tell us what you would do, and what you need from the council.',NULL,'OPEN',NULL,'2026-12-01 09:34:34.455318',NULL,0,NULL,'2026-12-01 09:34:34.455318','2026-12-01 09:34:34.455318',NULL,NULL,NULL,NULL,NULL,'POST',NULL,NULL);
/*!40000 ALTER TABLE `prompt` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `prompt_follow`
--

DROP TABLE IF EXISTS `prompt_follow`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `prompt_follow` (
  `person_id` bigint(20) NOT NULL,
  `prompt_id` bigint(20) NOT NULL,
  `frequency` varchar(6) NOT NULL,
  `last_sent_at` datetime(6) NOT NULL,
  PRIMARY KEY (`person_id`,`prompt_id`),
  KEY `fk_follow_prompt` (`prompt_id`),
  KEY `ix_follow_frequency` (`frequency`,`last_sent_at`),
  CONSTRAINT `fk_follow_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_follow_prompt` FOREIGN KEY (`prompt_id`) REFERENCES `prompt` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `prompt_follow`
--

LOCK TABLES `prompt_follow` WRITE;
/*!40000 ALTER TABLE `prompt_follow` DISABLE KEYS */;
/*!40000 ALTER TABLE `prompt_follow` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Dumping events for database 'cyd'
--

--
-- Dumping routines for database 'cyd'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*M!100616 SET NOTE_VERBOSITY=@OLD_NOTE_VERBOSITY */;

-- Dump completed on 2026-12-01  9:35:33
